package org.maillage.reporting.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The OCDS 1.1.5 release package schema (copied from the standard into test resources), with the release
 * schema patched by the sustainability extension as OCDS tooling does (a JSON Merge Patch), checked by an
 * independent JSON Schema validator (networknt).
 */
final class OcdsSchemas {

    private static final String BASE = "https://standard.open-contracting.org/schema/1__1__5/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private OcdsSchemas() {
    }

    static List<Error> validate(String releasePackage) throws IOException {
        JsonNode release = read("ocds-1.1.5/release-schema.json");
        merge((ObjectNode) release, read("ocds-1.1.5/sustainability-extension/release-schema.json"));
        String packageSchema = read("ocds-1.1.5/release-package-schema.json").toString();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4, b -> b.schemas(Map.of(
                BASE + "release-schema.json", release.toString(), BASE + "release-package-schema.json", packageSchema)));
        Schema schema = registry.getSchema(com.networknt.schema.SchemaLocation.of(BASE + "release-package-schema.json"));
        return schema.validate(JSON.readTree(releasePackage));
    }

    /** RFC 7386: objects merge key by key, null removes, anything else replaces. */
    private static void merge(ObjectNode target, JsonNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (f.getValue().isNull()) {
                target.remove(f.getKey());
            } else if (f.getValue().isObject() && target.get(f.getKey()) instanceof ObjectNode existing) {
                merge(existing, f.getValue());
            } else {
                target.set(f.getKey(), f.getValue());
            }
        }
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = OcdsSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            return JSON.readTree(in);
        }
    }
}
