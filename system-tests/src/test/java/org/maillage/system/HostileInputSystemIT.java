package org.maillage.system;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillage.devstack.ApiClient;
import org.maillage.testkit.RunningPlatform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an attacker sends first. Every operation of the published API description gets, in each of its string
 * query parameters, path parameters and JSON string properties in turn, a NUL byte and an unpaired surrogate
 * (as invalid UTF-8 in a URI, as a JSON escape in a body): the answer must be a 4xx problem+json without a
 * stack trace, never a 5xx. And the management endpoints are not on the public ports.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputSystemIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Writes a lone surrogate as the escape {@code \ud800}: as a raw char, UTF-8 would turn it into '?'. */
    private static final ObjectMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final List<String> SERVICES = List.of("directory-service", "contracts-service", "reporting-service", "gateway");
    /** In a URI: a NUL, and the UTF-8 encoding of a lone surrogate (U+D800), which is not valid UTF-8. */
    private static final List<String> BAD_IN_URI = List.of("%00", "%ED%A0%80");
    /** In JSON: the same two, as the escapes a client may write. */
    private static final List<String> BAD_IN_JSON = List.of("\u0000", "\ud800");

    private RunningPlatform platform;
    private ApiClient gateway;
    private String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Hundreds of calls of one coordinator in a minute: the shared platform's limits allow them (see SharedPlatform). */
    @BeforeAll
    void start() {
        platform = SharedPlatform.get();
        gateway = new ApiClient(platform.gateway());
        token = platform.coordinatorToken();
    }

    @Test
    void noBadTextAnywhereGivesAServerErrorOrAnythingButAProblem() throws Exception {
        JsonNode api = description();
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                List<JsonNode> parameters = new ArrayList<>();
                path.getValue().path("parameters").forEach(parameters::add);
                op.getValue().path("parameters").forEach(parameters::add);
                for (JsonNode p : parameters) {
                    JsonNode parameter = resolve(api, p);
                    if (!isString(api, parameter.path("schema"))) {
                        continue;
                    }
                    String name = parameter.path("name").asText();
                    for (String bad : BAD_IN_URI) {
                        String target = switch (parameter.path("in").asText()) {
                            case "query" -> concrete(api, path.getKey(), parameters, null, null) + "?" + name + "=" + bad;
                            case "path" -> concrete(api, path.getKey(), parameters, name, bad);
                            default -> null;
                        };
                        if (target != null) {
                            calls++;
                            check(failures, method, target, null);
                        }
                    }
                }
                JsonNode schema = op.getValue().path("requestBody").path("content").path("application/json").path("schema");
                if (!schema.isMissingNode()) {
                    String target = concrete(api, path.getKey(), parameters, null, null);
                    for (String bad : BAD_IN_JSON) {
                        for (JsonNode body : bodiesWithOneBadString(api, schema, bad, 0)) {
                            calls++;
                            check(failures, method, target, ESCAPING.writeValueAsString(body));
                        }
                    }
                }
            }
        }
        assertThat(calls).as("calls made from the API description").isGreaterThan(100);
        assertThat(failures).isEmpty();
    }

    @Test
    void managementEndpointsAreNotOnThePublicPortsAndPublicHealthIsAStatusOnly() throws Exception {
        for (String service : SERVICES) {
            String direct = service.equals("gateway") ? platform.gateway() : platform.direct(service);
            for (String endpoint : List.of("/beans", "/routes", "/threaddump", "/prometheus", "/env", "/loggers", "/metrics")) {
                HttpResponse<String> r = get(direct + endpoint, token);
                // not there (404), or refused as a route nobody declared (403): never the endpoint itself
                assertThat(r.statusCode()).as("%s %s with a token", service, endpoint).isIn(403, 404);
                assertThat(r.body()).as("%s %s with a token", service, endpoint).doesNotContain("jvm_").doesNotContain("\"beans\"");
            }
            HttpResponse<String> health = get(direct + "/health", null);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).as(service).isEqualTo("{\"status\":\"UP\"}");

            String management = platform.management(service);
            assertThat(get(management + "/prometheus", null).body()).as(service).contains("jvm_memory_used_bytes");
            assertThat(get(management + "/health", null).body()).as(service).contains("\"details\"");
            assertThat(get(management + "/beans", null).statusCode()).as(service).isIn(401, 403, 404);
        }
    }

    private void check(List<String> failures, String method, String target, String body) {
        ApiClient.Reply r = gateway.send(method, target, body, token);
        String call = method + " " + target + (body == null ? "" : " " + body);
        if (r.status() >= 500) {
            failures.add(call + " -> " + r.status() + " " + printable(r.raw()));
        } else if (r.status() >= 400 && !r.contentType().startsWith("application/problem+json")) {
            failures.add(call + " -> " + r.status() + " as " + r.contentType());
        } else if (r.raw().contains("\tat ") || r.raw().contains("Exception") || r.raw().contains(".java:")) {
            failures.add(call + " -> a stack trace: " + printable(r.raw()));
        } else if (r.status() < 400) {
            failures.add(call + " -> accepted with " + r.status());
        }
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || Character.isSurrogate((char) c) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    /** The path with a harmless value for each parameter, and the bad one where asked. */
    private static String concrete(JsonNode api, String template, List<JsonNode> parameters, String badName, String bad) {
        String path = template;
        for (JsonNode p : parameters) {
            JsonNode parameter = resolve(api, p);
            if (!"path".equals(parameter.path("in").asText())) {
                continue;
            }
            String name = parameter.path("name").asText();
            JsonNode schema = resolve(api, parameter.path("schema"));
            String value = name.equals(badName) ? bad
                    : "uuid".equals(schema.path("format").asText()) ? "3f2b8c1e-5d7a-4c1b-9e0f-2a6b7c8d9e01"
                    : "integer".equals(schema.path("type").asText()) ? "1" : "x";
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    /** One body per string property (nested objects and lists included), each with only that property bad. */
    private static List<JsonNode> bodiesWithOneBadString(JsonNode api, JsonNode schemaOrRef, String bad, int depth) {
        JsonNode schema = resolve(api, schemaOrRef);
        List<JsonNode> out = new ArrayList<>();
        if (depth > 4) {
            return out;
        }
        for (JsonNode part : schema.path("allOf")) {
            out.addAll(bodiesWithOneBadString(api, part, bad, depth + 1));
        }
        if (isString(api, schema)) {
            out.add(JsonNodeFactory.instance.textNode(bad));
        } else if ("array".equals(schema.path("type").asText())) {
            for (JsonNode item : bodiesWithOneBadString(api, schema.path("items"), bad, depth + 1)) {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                array.add(item);
                out.add(array);
            }
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext(); ) {
                Map.Entry<String, JsonNode> prop = props.next();
                for (JsonNode value : bodiesWithOneBadString(api, prop.getValue(), bad, depth + 1)) {
                    ObjectNode object = JsonNodeFactory.instance.objectNode();
                    object.set(prop.getKey(), value);
                    out.add(object);
                }
            }
        }
        return out;
    }

    private static boolean isString(JsonNode api, JsonNode schemaOrRef) {
        JsonNode schema = resolve(api, schemaOrRef);
        return "string".equals(schema.path("type").asText()) && !"binary".equals(schema.path("format").asText());
    }

    private static JsonNode resolve(JsonNode api, JsonNode node) {
        Function<String, JsonNode> at = ref -> api.at(ref.substring(1));
        JsonNode n = node;
        for (int i = 0; i < 5 && n.has("$ref"); i++) {
            n = at.apply(n.path("$ref").asText());
        }
        return n;
    }

    /** The gateway merges the services' descriptions in the background: wait until all three are in. */
    private JsonNode description() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            String body = get(platform.gateway() + "/api/docs/openapi.json", null).body();
            return body.contains("\"/api/auth/login\"") && body.contains("\"/api/opportunities\"") && body.contains("\"/api/reports/");
        });
        return JSON.readTree(get(platform.gateway() + "/api/docs/openapi.json", null).body());
    }

    private HttpResponse<String> get(String url, String bearer) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET();
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
