package org.maillage.system;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
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

    /**
     * Kafka: a plaintext listener authenticates no one, so it listens on the broker container's own 127.0.0.1 and on
     * nothing another container reaches; only there may the unauthenticated principal be a super user. Otherwise any
     * container on the network could create users and publish forged events under another service's name.
     */
    @Test
    void noUnauthenticatedKafkaListenerIsReachableFromAnotherContainer() throws IOException {
        Map<String, Object> kafka = environment(services(), "kafka");
        Map<String, String> protocols = new HashMap<>();
        for (String entry : String.valueOf(kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")).split(",")) {
            String[] pair = entry.strip().split(":");
            protocols.put(pair[0], pair[1]);
        }
        List<String> listeners = List.of(String.valueOf(kafka.get("KAFKA_LISTENERS")).split(","));
        assertThat(listeners).isNotEmpty();
        for (String listener : listeners) {
            String name = listener.strip().substring(0, listener.strip().indexOf("://"));
            String host = listener.strip().substring(listener.strip().indexOf("://") + 3, listener.strip().lastIndexOf(':'));
            String protocol = protocols.getOrDefault(name, name);
            if (!protocol.startsWith("SASL_") && !protocol.equals("SSL")) {
                assertThat(host).as("%s (%s) must listen on the broker's own loopback only", listener, protocol).isEqualTo("127.0.0.1");
            }
        }
        String controller = String.valueOf(kafka.get("KAFKA_CONTROLLER_LISTENER_NAMES"));
        assertThat(listeners).as("the controller listener").anyMatch(l -> l.strip().startsWith(controller + "://127.0.0.1:"));
        assertThat(String.valueOf(kafka.get("KAFKA_CONTROLLER_QUORUM_VOTERS"))).matches("1@127\\.0\\.0\\.1:\\d+");
        // no one else shares the broker's network namespace but its own setup job
        Map<String, Map<String, Object>> compose = services();
        List<String> sharing = compose.entrySet().stream()
                .filter(e -> "service:kafka".equals(e.getValue().get("network_mode"))).map(Map.Entry::getKey).toList();
        assertThat(sharing).containsExactly("kafka-setup");
        assertThat(compose.get("kafka")).doesNotContainKey("ports");
    }

    /** The trial's mail catcher, which shows every password link, starts only with the trial profile and only on this host. */
    @Test
    void theMailCatcherIsATrialProfileOnLoopbackAndEmailGoesThroughTheConfiguredRelay() throws IOException {
        Map<String, Map<String, Object>> compose = services();
        for (Map.Entry<String, Map<String, Object>> service : compose.entrySet()) {
            if (String.valueOf(service.getValue().get("image")).contains("greenmail")) {
                assertThat(service.getValue().get("profiles")).as(service.getKey()).isEqualTo(List.of("trial"));
                for (Object port : (List<?>) service.getValue().getOrDefault("ports", List.of())) {
                    assertThat(String.valueOf(port)).as(service.getKey()).startsWith("127.0.0.1:");
                }
            }
        }
        Map<String, Object> notification = compose.get("notification-service");
        assertThat(String.valueOf(notification.get("depends_on"))).doesNotContain("smtp");
        Map<String, Object> env = environment(compose, "notification-service");
        assertThat(String.valueOf(env.get("MAILLAGE_MAIL_SMTP_HOST"))).startsWith("${SMTP_HOST:?");
        assertThat(String.valueOf(env.get("MAILLAGE_MAIL_SMTP_STARTTLS"))).isEqualTo("${SMTP_STARTTLS:-true}");
        List<String> example = Files.readAllLines(ROOT.resolve(".env.example"));
        for (String variable : List.of("SMTP_HOST", "SMTP_PORT", "SMTP_STARTTLS", "SMTP_USERNAME", "SMTP_PASSWORD")) {
            assertThat(example).as(".env.example documents " + variable).anyMatch(l -> l.startsWith(variable + "="));
        }
    }

    /**
     * The gateway believes X-Forwarded-For from the site and from itself (the hop the site appends), by fixed addresses:
     * a host name would be resolved once at the gateway's start, before the site's container may exist.
     */
    @Test
    void theGatewayTrustsTheSitesAndItsOwnFixedAddressesOnly() throws IOException {
        Map<String, Map<String, Object>> compose = services();
        String trusted = String.valueOf(environment(compose, "gateway").get("MAILLAGE_TRUSTED_PROXIES"));
        List<String> entries = List.of(trusted.split(",")).stream().map(String::strip)
                .filter(e -> !e.isEmpty() && !e.startsWith("${")).toList();
        assertThat(entries).containsExactlyInAnyOrder(fixedAddress(compose, "web"), fixedAddress(compose, "gateway"));
        // the site's cookies keep their Secure default in a deployment
        assertThat(environment(compose, "web")).doesNotContainKey("MAILLAGE_WEB_SECURE_COOKIES");
    }

    @SuppressWarnings("unchecked")
    private static String fixedAddress(Map<String, Map<String, Object>> compose, String service) {
        Map<String, Object> networks = (Map<String, Object>) compose.get(service).get("networks");
        assertThat(networks).as("%s has a fixed address", service).isNotNull();
        return String.valueOf(((Map<String, Object>) networks.get("default")).get("ipv4_address"));
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
