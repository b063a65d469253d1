package org.maillage.bench;

import org.maillage.devstack.DemoAccounts;
import org.maillage.testkit.RunningPlatform;
import org.maillage.testkit.TestInfrastructure.Database;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;


import static org.awaitility.Awaitility.await;
/**
 * Commit-to-read-model latency of the event backbone: enterprises registered through the gateway,
 * measured from the outbox row's time in directory-service's database to the inbox row's time in
 * reporting-service's database (both on one PostgreSQL server, so one clock), per event.
 */
public final class BackboneLatencyBench {

    private static final int EVENTS = 1_000;
    private static final int WARM_UP = 100;
    private static final int CLIENTS = 4;

    private BackboneLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "bench/results");
        // the gateway's limits (issue 12) came after this benchmark: lifted here, as the load run does, to measure the backbone
        try (RunningPlatform platform = RunningPlatform.start(Map.of("MAILLAGE_RATE_LIMITS_PER_ADDRESS_PER_MINUTE", "100000000",
                "MAILLAGE_RATE_LIMITS_PER_USER_PER_MINUTE", "100000000"))) {
            HttpClient http = HttpClient.newHttpClient();
            register(platform, http, 0, WARM_UP);
            Instant start = Instant.now();
            register(platform, http, WARM_UP, EVENTS);
            double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
            List<Double> latencies = awaitLatencies(platform, WARM_UP + EVENTS);
            latencies = latencies.subList(WARM_UP, latencies.size());
            write(results.resolve("backbone-latency.md"), latencies, seconds);
        }
        System.exit(0);
    }

    private static void register(RunningPlatform platform, HttpClient http, int from, int count) throws Exception {
        String token = platform.coordinatorToken();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Integer>> codes = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            String body = "{\"legalName\":\"Entreprise banc d'essai " + i + "\",\"neq\":\"" + (3_300_000_000L + i)
                    + "\",\"pilotId\":\"" + DemoAccounts.MONTREAL_PILOT + "\"}";
            codes.add(pool.submit(() -> http.send(HttpRequest.newBuilder(URI.create(platform.gateway() + "/api/enterprises"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()));
        }
        for (Future<Integer> code : codes) {
            if (code.get() != 201) {
                throw new IllegalStateException("registration failed with HTTP " + code.get());
            }
        }
        pool.shutdown();
    }

    /** Latencies in ms, in commit order, once every event has reached reporting's read model. */
    private static List<Double> awaitLatencies(RunningPlatform platform, int expected) throws Exception {
        AtomicReference<Map<String, Instant>> seen = new AtomicReference<>(Map.of());
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
            seen.set(times(platform.database("reporting"), "select event_id, received_at from inbox_event"));
            return seen.get().size() >= expected;
        });
        Map<String, Instant> applied = seen.get();
        List<Double> latencies = new ArrayList<>();
        try (Connection c = platform.database("directory").connect();
             PreparedStatement ps = c.prepareStatement("select id::text, occurred_at from outbox_event order by seq");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Instant committed = rs.getTimestamp(2).toInstant();
                latencies.add(Duration.between(committed, applied.get(rs.getString(1))).toNanos() / 1e6);
            }
        }
        return latencies;
    }

    private static Map<String, Instant> times(Database db, String sql) throws Exception {
        Map<String, Instant> out = new HashMap<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getTimestamp(2).toInstant());
            }
        }
        return out;
    }

    private static void write(Path file, List<Double> latencies, double seconds) throws Exception {
        List<Double> sorted = new ArrayList<>(latencies);
        sorted.sort(Double::compare);
        String report = """
                # Event backbone: commit-to-read-model latency

                Measured by `./maillage bench backbone` on %s (%d cores), %s.
                %d enterprises registered through the gateway by %d concurrent clients (after %d for warm-up),
                %.0f registrations/s. Latency per event: from the outbox row written in directory-service's
                transaction to the inbox row written in reporting-service's transaction (same PostgreSQL server clock).

                | p50 | p95 | p99 | max | target p99 |
                |-----|-----|-----|-----|------------|
                | %.1f ms | %.1f ms | %.1f ms | %.1f ms | ≤ 250 ms |
                """.formatted(Instant.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                latencies.size(), CLIENTS, WARM_UP, latencies.size() / seconds,
                Stats.pct(sorted, 50), Stats.pct(sorted, 95), Stats.pct(sorted, 99), sorted.get(sorted.size() - 1));
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
    }
}
