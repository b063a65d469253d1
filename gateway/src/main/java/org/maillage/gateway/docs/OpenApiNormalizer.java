package org.maillage.gateway.docs;

import java.util.List;
import java.util.Map;

/** Makes the merged description consistent across services. */
final class OpenApiNormalizer {

    /** Lengths implied by a string's format, written out so that every string is bounded. */
    private static final Map<String, Integer> FORMAT_LENGTHS = Map.of("uuid", 36, "date-time", 35, "date", 10, "email", 254, "uri", 2000);

    private OpenApiNormalizer() {
    }

    /** Two services may both have a "show" operation; in one description the ids must be unique. */
    @SuppressWarnings("unchecked")
    static void prefixOperationIds(Map<String, Object> paths, String service) {
        for (Object pathItem : paths.values()) {
            for (Object operation : ((Map<String, Object>) pathItem).values()) {
                if (operation instanceof Map<?, ?> op && op.get("operationId") instanceof String id) {
                    ((Map<String, Object>) op).put("operationId", service + "_" + id);
                }
            }
        }
    }

    /**
     * The services' descriptions are YAML, whose reader turns an unquoted example such as 2027-03-01 into a
     * timestamp; written back as JSON it would become 2027-03-01T00:00:00Z. Dates go back to the text they were.
     */
    @SuppressWarnings("unchecked")
    static Object datesAsWritten(Object node) {
        if (node instanceof java.util.Date date) {
            java.time.Instant instant = date.toInstant();
            return instant.equals(instant.truncatedTo(java.time.temporal.ChronoUnit.DAYS))
                    ? instant.atZone(java.time.ZoneOffset.UTC).toLocalDate().toString() : instant.toString();
        }
        if (node instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).replaceAll((k, v) -> datesAsWritten(v));
        } else if (node instanceof List<?> list) {
            ((List<Object>) list).replaceAll(OpenApiNormalizer::datesAsWritten);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    static void boundFormattedStrings(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> m = (Map<String, Object>) map;
            if ("string".equals(m.get("type")) && m.get("format") instanceof String f && FORMAT_LENGTHS.containsKey(f)
                    && !m.containsKey("maxLength")) {
                m.put("maxLength", FORMAT_LENGTHS.get(f));
            }
            m.values().forEach(OpenApiNormalizer::boundFormattedStrings);
        } else if (node instanceof List<?> list) {
            list.forEach(OpenApiNormalizer::boundFormattedStrings);
        }
    }
}
