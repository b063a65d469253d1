package org.maillage.devstack;

import org.maillage.devstack.demo.DemoSeed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * `./maillage run` and `./maillage test` start this: a real PostgreSQL with a database and a user per
 * service, a real Kafka broker, and (for `run`) the four services as separate processes.
 * Ctrl-C stops everything in order: services first, then the broker, then the database.
 */
public final class Stack {

    private final StackLayout layout;
    private final List<ServiceProcess> services = new ArrayList<>();
    private Postgres postgres;
    private KafkaBroker kafka;

    Stack(StackLayout layout) {
        this.layout = layout;
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "run";
        Stack stack = new Stack(StackLayout.fromEnvironment());
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "maillage-stop"));
        long t0 = System.nanoTime();
        stack.startInfrastructure();
        if ("infra".equals(mode)) {
            stack.writeInfraEnv();
            System.out.printf("infrastructure ready in %.1f s: postgres %s, kafka %s%n",
                    (System.nanoTime() - t0) / 1e9, stack.postgres.adminUrl(), stack.kafka.bootstrapServers());
        } else {
            stack.startServices();
            new DemoSeed(stack.layout.gatewayPort()).run();
            System.out.printf("%nMaillage is up in %.1f s: open http://localhost:%d%n  data: %s   logs: %s%n  Ctrl-C stops everything.%n",
                    (System.nanoTime() - t0) / 1e9, stack.layout.gatewayPort(), stack.layout.home(), stack.layout.logs());
        }
        Thread.currentThread().join();
    }

    void startInfrastructure() {
        layout.ensureFolders();
        postgres = Postgres.start(layout.home().resolve("postgres"), layout.postgresPort());
        for (String db : StackLayout.DATABASES) {
            postgres.ensureDatabase(db, db, layout.databasePassword());
        }
        kafka = new KafkaBroker(layout.home().resolve("kafka"), layout.kafkaPort(), layout.kafkaControllerPort()).start();
        layout.writePids(infrastructurePids());
    }

    /** The broker's and the postmaster's pids, so `./maillage stop` can end them if this JVM was killed. */
    private List<Long> infrastructurePids() {
        List<Long> pids = new ArrayList<>(List.of(kafka.pid()));
        try {
            pids.add(Long.parseLong(Files.readAllLines(layout.home().resolve("postgres/postmaster.pid")).get(0).trim()));
        } catch (IOException | RuntimeException e) {
            System.err.println("postmaster pid unknown: " + e);
        }
        return pids;
    }

    void startServices() throws IOException {
        for (ServiceSpec spec : layout.services()) {
            Map<String, String> env = new java.util.HashMap<>(spec.env());
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
            if (spec.database() != null) {
                env.put("DATASOURCES_DEFAULT_URL", postgres.url(spec.database()));
                env.put("DATASOURCES_DEFAULT_USERNAME", spec.database());
                env.put("DATASOURCES_DEFAULT_PASSWORD", layout.databasePassword());
            }
            services.add(ServiceProcess.start(spec, env, layout.logs()));
        }
        List<Long> pids = infrastructurePids();
        services.forEach(s -> pids.add(s.pid()));
        layout.writePids(pids);
        for (ServiceProcess s : services) {
            s.awaitHealthy(Duration.ofSeconds(120));
            System.out.printf("  %-18s UP on http://localhost:%d (management: %d)%n", s.name(), s.port(), s.managementPort());
        }
    }

    void writeInfraEnv() throws IOException {
        String env = "MAILLAGE_TEST_PG_URL=" + postgres.adminUrl() + "\n"
                + "MAILLAGE_TEST_PG_USER=postgres\n"
                + "MAILLAGE_TEST_PG_PASSWORD=postgres\n"
                + "MAILLAGE_TEST_KAFKA=" + kafka.bootstrapServers() + "\n";
        Path file = layout.home().resolve("infra.env");
        Files.writeString(file.resolveSibling("infra.env.tmp"), env);
        Files.move(file.resolveSibling("infra.env.tmp"), file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    synchronized void stop() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).stop();
        }
        services.clear();
        if (kafka != null) {
            kafka.stop();
            kafka = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
        try {
            Files.deleteIfExists(layout.home().resolve("infra.env"));
            layout.writePids(List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers whether an HTTP health endpoint reports UP. */
    static boolean healthy(int port) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
