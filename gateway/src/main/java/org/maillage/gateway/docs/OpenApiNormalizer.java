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
