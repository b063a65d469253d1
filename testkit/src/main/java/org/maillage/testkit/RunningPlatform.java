package org.maillage.testkit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.maillage.devstack.DemoAccounts;
import org.maillage.devstack.ServiceProcess;
import org.maillage.devstack.ServiceSpec;
import org.maillage.devstack.demo.DemoSeed;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.testkit.TestInfrastructure.Database;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole platform as it runs in production: the services' fat jars, each its own process with its own
 * database, sharing one broker (under a topic prefix of their own), reached through the gateway; the
 * site (web) behind the gateway too, reading the API through it.
 */
public final class RunningPlatform implements AutoCloseable {

    /** Every topic of the platform; created up front under the run's prefix. */
    public static final List<String> TOPICS = List.of(DirectoryTopics.ORGANIZATIONS, ContractsTopics.OPPORTUNITIES, ContractsTopics.CONTRACTS,
            ContractsTopics.CONTACTS);

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");

    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();
    private final Map<String, Database> databases = new HashMap<>();
    private final int gatewayPort = TestInfrastructure.freePort();
    private final String backdatingKey = DemoSeed.newBackdatingKey();
    /** Where each service answers (the gateway's MAILLAGE_ROUTES_*), for a second front a test may start. */
    private final Map<String, String> serviceRoutes = new HashMap<>();
    private Path logs;
    private String topicPrefix;

    /** The demo's loader for this platform, which may date its writes in the pilot's months (the run's key). */
    public DemoSeed demo(Path folder) {
        return new DemoSeed(gatewayPort, folder, backdatingKey);
    }

    public static RunningPlatform start() throws IOException {
        return start(Map.of());
    }

    /** @param gatewayEnvironment extra settings for the gateway, e.g. looser rate limits for a load run */
    public static RunningPlatform start(Map<String, String> gatewayEnvironment) throws IOException {
        RunningPlatform p = new RunningPlatform();
        try {
            p.launch(gatewayEnvironment);
        } catch (IOException | RuntimeException e) {
            // the caller never gets this platform to close: what did start stops now, not at the JVM's exit, or it
            // would weigh on every test class after this one (seen in CI: three platforms at once, each failing the next)
            p.close();
            throw e;
        }
        return p;
    }

    private void launch(Map<String, String> gatewayEnvironment) throws IOException {
        Path root = Path.of(System.getenv().getOrDefault("MAILLAGE_ROOT", "..")).toAbsolutePath().normalize();
        logs = Files.createDirectories(Path.of("target", "service-logs"));
        TestInfrastructure infra = TestInfrastructure.get();
        String prefix = TestInfrastructure.newTopicPrefix();
        infra.createTopics(prefix, TOPICS);
        topicPrefix = prefix;

        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String name : List.of("directory", "contracts", "reporting", "notification")) {
            ports.put(name, TestInfrastructure.freePort());
        }
        String jwks = "http://127.0.0.1:" + ports.get("directory") + "/.well-known/jwks.json";
        Map<String, String> routes = new HashMap<>();
        List<ServiceProcess> started = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : ports.entrySet()) {
            String name = entry.getKey();
            ServiceUnderTest service = new ServiceUnderTest(infra.newDatabase(name), prefix, infra.kafkaBootstrapServers());
            databases.put(name, service.database());
            routes.put("MAILLAGE_ROUTES_" + name.toUpperCase(), "http://127.0.0.1:" + entry.getValue());
            Map<String, String> env = new HashMap<>(service.environment());
            env.put(DemoSeed.BACKDATING_KEY_ENV, backdatingKey);
            if (name.equals("directory")) {
                env.put("MAILLAGE_BOOTSTRAP_COORDINATOR_EMAIL", DemoAccounts.COORDINATOR_EMAIL);
                env.put("MAILLAGE_BOOTSTRAP_COORDINATOR_PASSWORD", DemoAccounts.COORDINATOR_PASSWORD);
                env.put("MAILLAGE_BOOTSTRAP_COORDINATOR_PILOTS", DemoAccounts.MONTREAL_PILOT);
            } else {
                env.put("MICRONAUT_SECURITY_TOKEN_JWT_SIGNATURES_JWKS_MAILLAGE_URL", jwks);
            }
            if (name.equals("contracts")) {
                // this platform's attached files, in the build folder, apart from any other run's
                env.put("MAILLAGE_DOCUMENTS_FOLDER", Path.of("target", "documents", prefix).toAbsolutePath().toString());
            }
            if (name.equals("notification")) {
                // email preferences are served; no mail server listens here, so nothing is sent (messages wait and retry)
                env.put("MAILLAGE_MAIL_SMTP_PORT", String.valueOf(TestInfrastructure.freePort()));
            }
            String jar = name + "-service";
            started.add(start(new ServiceSpec(jar, root.resolve(jar).resolve("target").resolve(jar + ".jar"), entry.getValue(), name,
                    env), logs));
        }
        serviceRoutes.putAll(routes);
        Front front = front("", gatewayPort, gatewayEnvironment);
        started.add(front.web());
        started.add(front.gateway());
        processes.put("web", front.web());
        processes.put("gateway", front.gateway());
        // six JVMs start at once: on a busy two-core machine one alone has taken over two minutes; MAILLAGE_TEST_START_SECONDS
        // gives each longer still
        Duration patience = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("MAILLAGE_TEST_START_SECONDS", "300")));
        for (ServiceProcess p : started) {
            p.awaitHealthy(patience);
        }
    }

    private static Path gatewayJar() {
        Path root = Path.of(System.getenv().getOrDefault("MAILLAGE_ROOT", "..")).toAbsolutePath().normalize();
        return root.resolve("gateway/target/gateway.jar");
    }

    /** The site and the gateway in front of the services: the platform's own, or a second one a test starts. */
    public record Front(ServiceProcess web, ServiceProcess gateway) implements AutoCloseable {

        public String url() {
            return "http://127.0.0.1:" + gateway.port();
        }

        @Override
        public void close() {
            gateway.stop();
            web.stop();
        }
    }

    /**
     * A second site and gateway in front of this platform's services, the gateway set otherwise where {@code settings}
     * says (the default limits, a route to a service that is gone): for a test that needs what the shared platform must
     * not be. The site has a database of its own and calls the API through its own gateway. Its gateway may be unhealthy
     * on purpose, so this waits only until both listen.
     */
    public Front extraFront(String name, Map<String, String> settings) throws IOException {
        Front front = front(name + "-", TestInfrastructure.freePort(), settings);
        front.web().awaitHealthy(Duration.ofSeconds(180));
        front.gateway().awaitListening(Duration.ofSeconds(180));
        return front;
    }

    private Front front(String name, int port, Map<String, String> settings) throws IOException {
        Path root = Path.of(System.getenv().getOrDefault("MAILLAGE_ROOT", "..")).toAbsolutePath().normalize();
        TestInfrastructure infra = TestInfrastructure.get();
        int webPort = TestInfrastructure.freePort();
        Map<String, String> routes = new HashMap<>(serviceRoutes);
        routes.put("MAILLAGE_ROUTES_WEB", "http://127.0.0.1:" + webPort);
        // the site calls the API for its visitors and says who they are; here every process is on 127.0.0.1, as locally
        routes.put("MAILLAGE_TRUSTED_PROXIES", "127.0.0.1");
        routes.putAll(settings);
        Database webDatabase = infra.newDatabase("web");
        databases.putIfAbsent("web", webDatabase);
        Map<String, String> web = new HashMap<>();
        webDatabase.properties().forEach((k, v) -> web.put(k.toUpperCase().replace('.', '_').replace('-', '_'), String.valueOf(v)));
        web.put("MAILLAGE_WEB_API_URL", "http://127.0.0.1:" + port);
        // the tests speak plain HTTP: the cookies cannot be Secure here (a deployment's always are)
        web.put("MAILLAGE_WEB_SECURE_COOKIES", "false");
        ServiceProcess site = ServiceProcess.start(new ServiceSpec(name + "web", root.resolve("web/target/web.jar"), webPort, "web", web),
                web, logs);
        ServiceProcess gateway = ServiceProcess.start(new ServiceSpec(name + "gateway", gatewayJar(), port, null, routes), routes, logs);
        return new Front(site, gateway);
    }

    private ServiceProcess start(ServiceSpec spec, Path logs) throws IOException {
        ServiceProcess p = ServiceProcess.start(spec, spec.env(), logs);
        processes.put(spec.name(), p);
        return p;
    }

    /** Signs in through the gateway; answers the access token. */
    public String login(String email, String password) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(gateway() + "/api/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = ACCESS_TOKEN.matcher(r.body());
            if (r.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException("sign-in of " + email + " failed: HTTP " + r.statusCode() + " " + r.body());
            }
            return m.group(1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The bootstrap coordinator's access token. */
    public String coordinatorToken() {
        return login(DemoAccounts.COORDINATOR_EMAIL, DemoAccounts.COORDINATOR_PASSWORD);
    }

    /** A service's own address, bypassing the gateway (for comparisons). */
    public String direct(String service) {
        return "http://127.0.0.1:" + processes.get(service).port();
    }

    /** Where a service (or "gateway") answers its management endpoints: detailed /health, /prometheus. */
    public String management(String service) {
        return "http://127.0.0.1:" + processes.get(service).managementPort();
    }

    public String gateway() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    /** Every event on one of the platform's topics (by its logical name), as the services published them. */
    public List<ConsumerRecord<String, byte[]>> events(String topic, int atLeast) {
        return TestEvents.readAll(TestInfrastructure.get().kafkaBootstrapServers(), topicPrefix + topic, atLeast);
    }

    public Database database(String service) {
        return databases.get(service);
    }

    public void stop(String service) {
        processes.get(service).stop();
    }

    @Override
    public void close() {
        List<ServiceProcess> all = new ArrayList<>(processes.values());
        for (int i = all.size() - 1; i >= 0; i--) {
            all.get(i).stop();
        }
    }
}
