package org.maillage.gateway.docs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answers the gateway itself may give on any operation, documented once and referenced everywhere. */
final class GatewayResponses {

    private static final Map<String, String> ANSWERS = Map.of(
            "400", "BadRequest",
            "401", "Unauthorized",
            "429", "TooManyRequests",
            "502", "BadGateway",
            "504", "GatewayTimeout");

    private static final Map<String, Object> RETRY_AFTER = Map.of("Retry-After", Map.of("description", "seconds to wait",
            "schema", Map.of("type", "integer", "format", "int32", "minimum", 1, "maximum", 3600)));

    private GatewayResponses() {
    }

    @SuppressWarnings("unchecked")
    static void addTo(Map<String, Object> doc) {
        Map<String, Object> components = (Map<String, Object>) doc.get("components");
        components.put("responses", responses());
        ((Map<String, Object>) components.get("schemas")).put("Problem", problemSchema());
        for (Object pathItem : ((Map<String, Object>) doc.get("paths")).values()) {
            for (Object operation : ((Map<String, Object>) pathItem).values()) {
                if (operation instanceof Map<?, ?> op && op.get("responses") instanceof Map<?, ?> existing) {
                    Map<String, Object> responses = new LinkedHashMap<>((Map<String, Object>) existing);
                    ANSWERS.forEach((code, name) -> responses.putIfAbsent(code, Map.of("$ref", "#/components/responses/" + name)));
                    // a 429 an operation documents itself (sign-in lockout, people read per minute) says when to retry too
                    if (responses.get("429") instanceof Map<?, ?> own && !own.containsKey("$ref")) {
                        Map<String, Object> withRetry = new LinkedHashMap<>((Map<String, Object>) own);
                        withRetry.put("headers", RETRY_AFTER);
                        responses.put("429", withRetry);
                    }
                    // what every operation of a kind can answer, by the platform's rules: a signed-in caller may
                    // still be refused its object (default-deny), and any named object may not exist or not be theirs
                    if (op.get("security") instanceof List<?> security && !security.isEmpty()) {
                        responses.putIfAbsent("403", Map.of("$ref", "#/components/responses/Forbidden"));
                    }
                    if (hasPathParameter(op)) {
                        responses.putIfAbsent("404", Map.of("$ref", "#/components/responses/NotFound"));
                    }
                    responses.replaceAll((code, response) -> withGatewayHeaders(code, response));
                    ((Map<String, Object>) op).put("responses", responses);
                }
            }
        }
    }

    private static boolean hasPathParameter(Map<?, ?> operation) {
        return operation.get("parameters") instanceof List<?> parameters
                && parameters.stream().anyMatch(p -> p instanceof Map<?, ?> m && "path".equals(m.get("in")));
    }

    /** Every 2XX and 4XX answer passes the rate limiter, which adds its RateLimit-* headers. */
    @SuppressWarnings("unchecked")
    private static Object withGatewayHeaders(String code, Object response) {
        if (!(response instanceof Map<?, ?> r) || r.containsKey("$ref") || !(code.startsWith("2") || code.startsWith("4"))) {
            return response;
        }
        Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) r);
        Map<String, Object> headers = new LinkedHashMap<>(copy.get("headers") instanceof Map<?, ?> h ? (Map<String, Object>) h : Map.of());
        headers.putAll(gatewayHeaders());
        copy.put("headers", headers);
        return copy;
    }

    private static Map<String, Object> gatewayHeaders() {
        Map<String, Object> count = Map.of("type", "integer", "format", "int64", "minimum", 0, "maximum", 1_000_000_000);
        return Map.of(
                "RateLimit-Limit", Map.of("description", "requests allowed per minute", "schema", count),
                "RateLimit-Remaining", Map.of("description", "requests left in the window", "schema", count),
                "RateLimit-Reset", Map.of("description", "seconds until the window is full again", "schema", count),
                "Access-Control-Allow-Origin", Map.of("description", "present for the web front end's allowed origin",
                        "schema", Map.of("type", "string", "maxLength", 2000, "format", "uri")));
    }

    private static Map<String, Object> responses() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("BadRequest", withGatewayHeaders("400", problem("Invalid input; the problem names each field at fault.")));
        out.put("Unauthorized", withGatewayHeaders("401", problem("No valid access token, or it expired: sign in with POST /api/auth/login.")));
        out.put("Forbidden", withGatewayHeaders("403", problem("The account's role or organization may not do this; the detail says which account it needs.")));
        out.put("NotFound", withGatewayHeaders("404", problem("No such object, or not one the caller may see (private objects answer 404 to others).")));
        Map<String, Object> tooMany = problem("Rate limit reached; retry after the given number of seconds.");
        tooMany.put("headers", RETRY_AFTER);
        out.put("TooManyRequests", withGatewayHeaders("429", tooMany));
        out.put("BadGateway", problem("The service behind the gateway cannot be reached."));
        out.put("GatewayTimeout", problem("The service behind the gateway did not answer in time."));
        return out;
    }

    private static Map<String, Object> problem(String description) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("description", description);
        r.put("content", Map.of("application/problem+json", Map.of("schema", Map.of("$ref", "#/components/schemas/Problem"))));
        return r;
    }

    private static Map<String, Object> problemSchema() {
        Map<String, Object> field = Map.of("type", "object", "additionalProperties", false, "properties", Map.of(
                "field", Map.of("type", "string", "maxLength", 200),
                "message", Map.of("type", "string", "maxLength", 1000)));
        return Map.of("type", "object", "description", "RFC 9457 problem details", "properties", Map.of(
                "type", Map.of("type", "string", "maxLength", 500),
                "title", Map.of("type", "string", "maxLength", 200),
                "status", Map.of("type", "integer", "format", "int32", "minimum", 100, "maximum", 599),
                "detail", Map.of("type", "string", "maxLength", 2000),
                "instance", Map.of("type", "string", "maxLength", 2000),
                "errors", Map.of("type", "array", "maxItems", 100, "items", field)));
    }
}
