package org.maillage.testkit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.maillage.devstack.FreePorts;
import org.maillage.devstack.KafkaBroker;
import org.maillage.devstack.Postgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The real PostgreSQL server and Kafka broker the tests use, started at most once per JVM and shared:
 * each test gets its own database and its own topic prefix, so tests stay apart without restarts.
 * Where it comes from, in order: the one `./maillage test` started (MAILLAGE_TEST_* variables),
 * Testcontainers where a Docker engine runs, else the project's own embedded PostgreSQL and broker.
 */
public final class TestInfrastructure {

    private static final Logger LOG = LoggerFactory.getLogger(TestInfrastructure.class);
    private static volatile TestInfrastructure instance;
    /** What uses the broker and the database and must close before they stop (shared service contexts). */
    private static final java.util.Deque<Runnable> CLOSE_FIRST = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private static final Thread CLOSER = new Thread(TestInfrastructure::closeUsers, "maillage-test-contexts-stop");

    static {
        Runtime.getRuntime().addShutdownHook(CLOSER);
    }

    private final String adminUrl;
    private final String adminUser;
    private final String adminPassword;
    private final String kafka;
    private final String origin;

    private TestInfrastructure(String adminUrl, String adminUser, String adminPassword, String kafka, String origin) {
        this.adminUrl = adminUrl;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.kafka = kafka;
        this.origin = origin;
    }

    public static TestInfrastructure get() {
        if (instance == null) {
            synchronized (TestInfrastructure.class) {
                if (instance == null) {
                    instance = start();
                    LOG.info("test infrastructure: {} (postgres {}, kafka {})", instance.origin, instance.adminUrl, instance.kafka);
                    System.out.printf("[maillage-test] real infrastructure from %s: postgres %s, kafka %s%n",
                            instance.origin, instance.adminUrl, instance.kafka);
                }
            }
        }
        return instance;
    }

    /** Closed at the JVM's end, the last registered first, before the embedded broker and database stop. */
    public static void closeFirst(Runnable close) {
        CLOSE_FIRST.push(close);
    }

    private static void closeUsers() {
        for (Runnable r; (r = CLOSE_FIRST.poll()) != null; ) {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.warn("closing a test context: {}", e.toString());
            }
        }
    }

    public String kafkaBootstrapServers() {
        return kafka;
    }

    public String origin() {
        return origin;
    }

    /** A new empty database with its own owner, as each service has in production. */
    public Database newDatabase(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase().replace('-', '_');
        try {
            Postgres.ensureDatabase(DriverManager.getConnection(adminUrl, adminUser, adminPassword), name, name, "test");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Database(adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name, name, "test");
    }

    /** A fresh topic prefix: the test sees only its own events. */
    public static String newTopicPrefix() {
        return "t" + UUID.randomUUID().toString().substring(0, 8) + ".";
    }

    /** Creates topics (and their .dlt) before consumers subscribe to them. */
    public void createTopics(String prefix, List<String> logicalTopics) {
        List<NewTopic> topics = logicalTopics.stream()
                .flatMap(t -> List.of(t, t + ".dlt").stream())
                .map(t -> new NewTopic(prefix + t, 3, (short) 1).configs(Map.of("retention.ms", "-1")))
                .collect(Collectors.toList());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not create topics " + topics, e);
        }
    }

    public record Database(String url, String username, String password) {
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, username, password);
        }

        public Map<String, Object> properties() {
            return Map.of("datasources.default.url", url, "datasources.default.username", username,
                    "datasources.default.password", password);
        }
    }

    private static TestInfrastructure start() {
        String url = System.getenv("MAILLAGE_TEST_PG_URL");
        String kafka = System.getenv("MAILLAGE_TEST_KAFKA");
        if (url != null && kafka != null) {
            return new TestInfrastructure(url, env("MAILLAGE_TEST_PG_USER", "postgres"),
                    env("MAILLAGE_TEST_PG_PASSWORD", "postgres"), kafka, "the stack started by ./maillage test");
        }
        if (!"false".equals(System.getenv("MAILLAGE_TEST_DOCKER")) && dockerAvailable()) {
            return containers();
        }
        return embedded();
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper at JVM exit
    private static TestInfrastructure containers() {
        PostgreSQLContainer<?> pg = new PostgreSQLContainer<>("postgres:16-alpine");
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
        pg.start();
        kafka.start();
        return new TestInfrastructure(pg.getJdbcUrl(), pg.getUsername(), pg.getPassword(), kafka.getBootstrapServers(),
                "Testcontainers");
    }

    private static TestInfrastructure embedded() {
        try {
            Path dir = Files.createTempDirectory("maillage-test-");
            Postgres pg = Postgres.start(dir.resolve("postgres"), freePort());
            KafkaBroker broker = new KafkaBroker(dir.resolve("kafka"), freePort(), freePort()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                closeUsers();
                broker.stop();
                pg.close();
                deleteRecursively(dir);
            }, "maillage-test-infra-stop"));
            return new TestInfrastructure(pg.adminUrl(), "postgres", "postgres", broker.bootstrapServers(),
                    "the project's embedded PostgreSQL and Kafka broker");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a folder a test made, so runs do not fill /tmp. */
    public static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", dir, e.toString());
        }
    }

    /** A port for a process the test starts: see {@link FreePorts} for why not any port the system gives. */
    public static int freePort() {
        return FreePorts.next();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }
}
