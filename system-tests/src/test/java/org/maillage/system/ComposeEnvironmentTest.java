package org.maillage.system;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml configures the services through environment variables; each must name a setting
 * the service really has (Micronaut maps FOO_BAR_BAZ to foo.bar.baz), or the deployment silently runs
 * on defaults. This keeps the two in step.
 */
class ComposeEnvironmentTest {

    private static final Path ROOT = Path.of(System.getenv().getOrDefault("MAILLAGE_ROOT", "..")).toAbsolutePath().normalize();
    private static final List<String> SERVICES = List.of("directory-service", "contracts-service", "reporting-service", "gateway", "web");
    /** Read by the framework itself, or handed by micronaut-kafka to every Kafka client as they are. */
    private static final Set<String> FRAMEWORK = Set.of("MICRONAUT_ENVIRONMENTS", "KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_MECHANISM",
            "KAFKA_SASL_JAAS_CONFIG");

    @Test
    void everyEnvironmentVariableInComposeNamesASettingOfItsService() throws IOException {
        Map<String, Map<String, Object>> compose = services();
        for (String service : SERVICES) {
            Set<String> settings = settingsOf(service);
            Map<String, Object> env = environment(compose, service);
            assertThat(env).as("%s has an environment in docker-compose.yml", service).isNotEmpty();
            for (String variable : env.keySet()) {
                if (FRAMEWORK.contains(variable)) {
                    continue;
                }
                assertThat(settings).as("%s: %s names no setting in its application.yml", service, variable).contains(variable);
            }
        }
    }

    @Test
    void theGatewayRoutesEveryServiceToItsComposePort() throws IOException {
        Map<String, Map<String, Object>> compose = services();
        Map<String, Object> gateway = environment(compose, "gateway");
        for (String name : List.of("directory", "contracts", "reporting")) {
            URI route = URI.create(String.valueOf(gateway.get("MAILLAGE_ROUTES_" + name.toUpperCase())));
            assertThat(route.getHost()).isEqualTo(name + "-service");
            Map<String, Object> target = environment(compose, name + "-service");
            assertThat(String.valueOf(route.getPort())).isEqualTo(String.valueOf(target.get("MICRONAUT_SERVER_PORT")));
            assertThat(String.valueOf(target.get("DATASOURCES_DEFAULT_URL"))).endsWith("/" + name);
            assertThat(target.get("DATASOURCES_DEFAULT_USERNAME")).isEqualTo(name);
        }
    }

    @Test
    void everyServiceRunsInProductionWithSecretsFromTheUncommittedEnvFileOnly() throws IOException {
        Map<String, Map<String, Object>> compose = services();
        for (String service : SERVICES) {
            assertThat(environment(compose, service)).as(service).containsEntry("MICRONAUT_ENVIRONMENTS", "prod");
        }
        String text = Files.readString(ROOT.resolve("docker-compose.yml"));
        // ${VAR:-default} would start with a shipped password when .env lacks it; ${VAR:?} refuses
        assertThat(text).doesNotContainPattern("PASSWORD[A-Z_]*:-").doesNotContainIgnoringCase("change-me}");
        assertThat(Files.readAllLines(ROOT.resolve(".gitignore"))).contains(".env");
        assertThat(ROOT.resolve(".env.example")).exists();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        try (Reader r = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> doc = new Yaml().load(r);
            return (Map<String, Map<String, Object>>) doc.get("services");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Map<String, Map<String, Object>> compose, String service) {
        return (Map<String, Object>) compose.get(service).getOrDefault("environment", Map.of());
    }

    @SuppressWarnings("unchecked")
    private static Set<String> settingsOf(String service) throws IOException {
        try (Reader r = Files.newBufferedReader(ROOT.resolve(service).resolve("src/main/resources/application.yml"))) {
            Set<String> names = new HashSet<>();
            flatten("", new Yaml().load(r), names);
            return names;
        }
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object node, Set<String> out) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                flatten(prefix.isEmpty() ? String.valueOf(e.getKey()) : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else {
            out.add(prefix.toUpperCase().replace('.', '_').replace('-', '_'));
        }
    }
}
