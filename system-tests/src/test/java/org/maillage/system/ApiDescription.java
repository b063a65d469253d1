package org.maillage.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.maillage.devstack.ApiClient;
import org.maillage.devstack.ApiClient.Call;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;

/**
 * The merged API description as a newcomer reads it, checked for what they need: every operation in a
 * group, with a summary, who may call it, and every status it can answer.
 */
final class ApiDescription {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final JsonNode doc;

    ApiDescription(String json) throws IOException {
        this.doc = new ObjectMapper().readTree(json);
    }

    /**
     * The gateway's description once every service's part is in it: a service still starting is named in
     * {@code x-missing-services}, and the gateway reads it again within seconds.
     */
    static ApiDescription complete(String gateway) {
        ApiClient client = new ApiClient(gateway);
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> new ApiDescription(client.get("/api/docs/openapi.json", null).raw()), d -> d.doc.path("x-missing-services").isMissingNode());
    }

    /** What each operation lacks, one line each ("POST /api/x: no summary"); empty when complete. */
    List<String> gaps() {
        List<String> gaps = new ArrayList<>();
        forEachOperation((method, path, op) -> {
            String name = method.toUpperCase() + " " + path;
            if (!op.path("tags").isArray() || op.path("tags").isEmpty()) {
                gaps.add(name + ": no tag");
            }
            if (op.path("summary").asText().isBlank()) {
                gaps.add(name + ": no summary");
            }
            if (!op.path("description").asText().contains("Who:")) {
                gaps.add(name + ": no description saying who may call it (Who: …)");
            }
            JsonNode responses = op.path("responses");
            boolean success = false;
            for (Iterator<String> codes = responses.fieldNames(); codes.hasNext(); ) {
                success |= codes.next().startsWith("2");
            }
            if (!success) {
                gaps.add(name + ": no success status");
            }
            boolean secured = op.path("security").isArray() && !op.path("security").isEmpty();
            if (secured && !responses.has("401")) {
                gaps.add(name + ": needs a token but 401 is not documented");
            }
            if (secured && !responses.has("403")) {
                gaps.add(name + ": restricted but 403 is not documented");
            }
            if (path.contains("{") && !responses.has("404")) {
                gaps.add(name + ": names an object but 404 is not documented");
            }
            if ((op.has("requestBody") || hasCheckedParameter(op)) && !responses.has("400")) {
                gaps.add(name + ": takes input but 400 is not documented");
            }
            if (op.has("requestBody") && op.path("requestBody").path("content").path("application/json").has("schema")
                    && !hasExample(op.path("requestBody").path("content").path("application/json"), doc)) {
                gaps.add(name + ": its JSON body has no example");
            }
        });
        return gaps;
    }

    /**
     * The reads whose answer is not a list in the API's one shape: a bare JSON array, or an object with
     * {@code items} but no {@code next} cursor beside it. One line each; empty when every list has its shape.
     */
    List<String> listsOutOfShape() {
        List<String> out = new ArrayList<>();
        forEachOperation((method, path, op) -> {
            if (!method.equals("get")) {
                return;
            }
            for (Map.Entry<String, JsonNode> media : iterableFields(op.path("responses").path("200").path("content"))) {
                JsonNode schema = resolve(media.getValue().path("schema"));
                JsonNode properties = schema.path("properties");
                if (schema.path("type").asText().equals("array")) {
                    out.add("GET " + path + ": answers a bare array (" + media.getKey() + "); a list answers {items, next}");
                } else if (properties.has("items") && !properties.has("next")) {
                    out.add("GET " + path + ": answers items without a `next` cursor");
                } else if (properties.has("items") && !resolve(properties.path("items")).path("type").asText().equals("array")) {
                    out.add("GET " + path + ": its `items` is not an array");
                }
            }
        });
        return out;
    }

    /** The schema a {@code $ref} names, or the schema itself. */
    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText();
        return ref.startsWith("#/components/schemas/")
                ? doc.path("components").path("schemas").path(ref.substring("#/components/schemas/".length())) : schema;
    }

    /** The calls whose status the description does not list for their operation. */
    List<String> undocumented(List<Call> calls) {
        List<String> out = new ArrayList<>();
        for (Call call : calls) {
            String path = call.path().replaceFirst("\\?.*$", "");
            Optional<JsonNode> op = operation(call.method().toLowerCase(), path);
            if (op.isEmpty()) {
                out.add(call.method() + " " + path + ": no such operation in the description (answered " + call.status() + ")");
            } else if (call.status() != 429 && !op.get().path("responses").has(String.valueOf(call.status()))) {
                out.add(call.method() + " " + path + ": answered " + call.status() + ", not documented");
            }
        }
        return out.stream().distinct().toList();
    }

    int operations() {
        int[] n = {0};
        forEachOperation((m, p, op) -> n[0]++);
        return n[0];
    }

    private Optional<JsonNode> operation(String method, String path) {
        // the most literal template wins: /api/opportunities/matched before /api/opportunities/{id}
        return iterable(doc.path("paths").fieldNames()).stream()
                .filter(t -> Pattern.matches(t.replaceAll("\\{[^/]+}", "[^/]+"), path))
                .min(Comparator.comparingLong(t -> t.chars().filter(c -> c == '{').count()))
                .map(t -> doc.path("paths").path(t).path(method))
                .filter(op -> !op.isMissingNode());
    }

    private static boolean hasCheckedParameter(JsonNode op) {
        for (JsonNode p : op.path("parameters")) {
            if (!p.path("in").asText().equals("header")) {
                return true;
            }
        }
        return false;
    }

    /** An example on the body itself, or on the schema it refers to. */
    private static boolean hasExample(JsonNode media, JsonNode doc) {
        JsonNode schema = media.path("schema");
        String ref = schema.path("$ref").asText();
        if (ref.startsWith("#/components/schemas/")) {
            schema = doc.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return media.has("example") || media.has("examples") || schema.has("example");
    }

    private interface OperationVisitor {
        void visit(String method, String path, JsonNode operation);
    }

    private void forEachOperation(OperationVisitor visitor) {
        for (Map.Entry<String, JsonNode> path : iterableFields(doc.path("paths"))) {
            for (Map.Entry<String, JsonNode> op : iterableFields(path.getValue())) {
                if (METHODS.contains(op.getKey())) {
                    visitor.visit(op.getKey(), path.getKey(), op.getValue());
                }
            }
        }
    }

    private static List<Map.Entry<String, JsonNode>> iterableFields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        node.fields().forEachRemaining(out::add);
        return out;
    }

    private static List<String> iterable(Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
