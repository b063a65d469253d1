package org.maillage.web.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site's typed clients against what the services publish: every operation a client declares exists in the OpenAPI
 * description its service generates at build time (method and path), and every field of the records it sends and reads
 * is a property of that operation's schema. A route or a field renamed in a service fails here, in the fast tier, not
 * as a blank page in a browser test.
 */
class ClientContractTest {

    private static final Path ROOT = Path.of(System.getenv().getOrDefault("MAILLAGE_ROOT", "..")).toAbsolutePath().normalize();
    private static final List<String> SERVICES = List.of("directory-service", "contracts-service", "reporting-service", "notification-service");
    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(Get.class, "get", Post.class, "post", Put.class, "put",
            Delete.class, "delete", Patch.class, "patch");

    @Test
    void everyOperationOfTheSitesClientsIsOneTheServicesPublishWithTheSameFields() throws Exception {
        Map<String, Object> paths = new HashMap<>();
        Map<String, Object> schemas = new HashMap<>();
        for (String service : SERVICES) {
            Map<String, Object> spec = spec(service);
            paths.putAll(map(spec.get("paths")));
            schemas.putAll(map(map(spec.get("components")).get("schemas")));
        }
        List<String> problems = new ArrayList<>();
        List<Class<?>> clients = clients();
        assertThat(clients).as("the site's typed clients").isNotEmpty();
        int operations = 0;
        for (Class<?> client : clients) {
            String base = client.getAnnotation(Client.class).path();
            for (Method m : client.getDeclaredMethods()) {
                Optional<Map.Entry<Class<? extends Annotation>, String>> verb = VERBS.entrySet().stream()
                        .filter(v -> m.isAnnotationPresent(v.getKey())).findFirst();
                if (verb.isEmpty()) {
                    continue;
                }
                operations++;
                String path = normalize(base + uri(m.getAnnotation(verb.get().getKey())));
                String name = client.getSimpleName() + "." + m.getName() + " (" + verb.get().getValue().toUpperCase() + " " + path + ")";
                Map<String, Object> operation = paths.entrySet().stream().filter(p -> normalize(p.getKey()).equals(path))
                        .map(p -> map(map(p.getValue()).get(verb.get().getValue()))).filter(o -> !o.isEmpty()).findFirst().orElse(null);
                if (operation == null) {
                    problems.add(name + ": no such operation in any service's API description");
                    continue;
                }
                for (Parameter p : m.getParameters()) {
                    if (p.isAnnotationPresent(Body.class) && p.getType().isRecord()) {
                        Object schema = map(map(map(map(operation.get("requestBody")).get("content")).get("application/json")).get("schema"));
                        compare(name + " body", p.getType(), schema, schemas, problems);
                    }
                }
                Class<?> answer = answered(m.getGenericReturnType());
                if (answer != null && answer.isRecord()) {
                    Map<String, Object> responses = map(operation.get("responses"));
                    Object ok = Stream.of("200", "201").map(code -> map(responses.get(code))).filter(r -> !r.isEmpty()).findFirst()
                            .map(r -> map(map(map(r.get("content")).get("application/json")).get("schema"))).orElse(Map.of());
                    compare(name + " answer", answer, ok, schemas, problems);
                }
            }
        }
        assertThat(operations).isPositive();
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /** Each field of the record is a property of the schema (the service may send more, which the record leaves out). */
    private static void compare(String where, Class<?> record, Object schema, Map<String, Object> schemas, List<String> problems) {
        Map<String, Object> resolved = resolve(map(schema), schemas);
        Map<String, Object> properties = map(resolved.get("properties"));
        if (properties.isEmpty()) {
            problems.add(where + ": the API description gives no properties for " + record.getSimpleName());
            return;
        }
        for (RecordComponent c : record.getRecordComponents()) {
            if (!properties.containsKey(c.getName())) {
                problems.add(where + ": " + record.getSimpleName() + "." + c.getName() + " is not a property of the service's schema "
                        + properties.keySet());
            }
        }
    }

    private static Map<String, Object> resolve(Map<String, Object> schema, Map<String, Object> schemas) {
        Object ref = schema.get("$ref");
        if (ref != null) {
            return resolve(map(schemas.get(String.valueOf(ref).substring("#/components/schemas/".length()))), schemas);
        }
        if (schema.containsKey("allOf")) {
            Map<String, Object> merged = new HashMap<>();
            Map<String, Object> properties = new HashMap<>();
            for (Object part : (Collection<?>) schema.get("allOf")) {
                properties.putAll(map(resolve(map(part), schemas).get("properties")));
            }
            merged.put("properties", properties);
            return merged;
        }
        return schema;
    }

    /** The record a client method answers: itself, or the one inside a list shape, an Optional or a collection. */
    private static Class<?> answered(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (raw.isRecord()) {
                return raw;
            }
            return answered(p.getActualTypeArguments()[0]);
        }
        return null;
    }

    private static String uri(Annotation a) throws Exception {
        String value = (String) a.annotationType().getMethod("value").invoke(a);
        String uri = (String) a.annotationType().getMethod("uri").invoke(a);
        return value.isEmpty() || "/".equals(value) ? ("/".equals(uri) ? "" : uri) : value;
    }

    /** Path parameters by position, not by name; no query part; no trailing slash. */
    private static String normalize(String path) {
        String p = path.replaceAll("\\{\\?[^}]*}", "").replaceAll("\\{[^}]+}", "{}");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static List<Class<?>> clients() {
        List<Class<?>> found = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.maillage.web")) {
            if (c.isInterface() && c.isAnnotatedWith(Client.class)) {
                found.add(c.reflect());
            }
        }
        return found;
    }

    private static Map<String, Object> spec(String service) throws IOException {
        Path folder = ROOT.resolve(service).resolve("target/classes/META-INF/swagger");
        assertThat(folder).as(service + "'s API description: build the services first (mvn install, or ./maillage test fast)").isDirectory();
        try (Stream<Path> files = Files.list(folder)) {
            Path yml = files.filter(f -> f.toString().endsWith(".yml")).findFirst().orElseThrow();
            try (InputStream in = Files.newInputStream(yml)) {
                return new Yaml().load(in);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
