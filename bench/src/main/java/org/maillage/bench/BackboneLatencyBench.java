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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * Commit-to-read-model latency of the event backbone: enterprises registered through the gateway,
 * measured from the outbox row's time in directory-service's database to the inbox row's time in
 * reporting-service's database (both on one PostgreSQL server, so one clock), per event.
 * <p>
 * The latency is measured at a fixed offered rate (open loop: each registration is sent at its time,
 * whether or not the earlier ones have been answered), as latency targets are stated. A second run
 * sends as fast as four clients can, to find the platform's capacity on this machine; its latency is
 * reported too, but past capacity it measures the length of the queue, not the backbone.
 */
public final class BackboneLatencyBench {

    private static final int EVENTS = 1_000;
    private static final int WARM_UP = 100;
    /** Registrations per second in the measured run: about half of what this 2-core machine can take (the saturation run says how much). */
    private static final int RATE = 25;
    private static final int CLIENTS = 4;

    private BackboneLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "bench/results");
        // the gateway's limits (issue 12) came after this benchmark: lifted here, as the load run does, to measure the backbone
        try (RunningPlatform platform = RunningPlatform.start(Map.of("MAILLAGE_RATE_LIMITS_PER_ADDRESS_PER_MINUTE", "100000000",
                "MAILLAGE_RATE_LIMITS_PER_USER_PER_MINUTE", "100000000"))) {
            HttpClient http = HttpClient.newHttpClient();
            String token = platform.coordinatorToken();
            asFastAsPossible(platform, http, token, 0, WARM_UP);
            awaitLatencies(platform, WARM_UP);

            Instant start = Instant.now();
            atRate(platform, http, token, WARM_UP, EVENTS);
            double offered = EVENTS / seconds(start);
            List<Double> measured = awaitLatencies(platform, WARM_UP + EVENTS).subList(WARM_UP, WARM_UP + EVENTS);

            start = Instant.now();
            asFastAsPossible(platform, http, token, WARM_UP + EVENTS, EVENTS);
            double capacity = EVENTS / seconds(start);
            List<Double> saturated = awaitLatencies(platform, WARM_UP + 2 * EVENTS).subList(WARM_UP + EVENTS, WARM_UP + 2 * EVENTS);

            write(results.resolve("backbone-latency.md"), measured, offered, saturated, capacity);
        }
        System.exit(0);
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }

    private static HttpRequest registration(RunningPlatform platform, String token, int i) {
        String body = "{\"legalName\":\"Entreprise banc d'essai " + i + "\",\"neq\":\"" + (3_300_000_000L + i)
                + "\",\"pilotId\":\"" + DemoAccounts.MONTREAL_PILOT + "\"}";
        return HttpRequest.newBuilder(URI.create(platform.gateway() + "/api/enterprises"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Open loop: registration i leaves at start + i / RATE seconds, answered or not. */
    private static void atRate(RunningPlatform platform, HttpClient http, String token, int from, int count) throws Exception {
        long start = System.nanoTime();
        long interval = TimeUnit.SECONDS.toNanos(1) / RATE;
        List<CompletableFuture<HttpResponse<Void>>> replies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long wait = start + i * interval - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            replies.add(http.sendAsync(registration(platform, token, from + i), HttpResponse.BodyHandlers.discarding()));
        }
        for (CompletableFuture<HttpResponse<Void>> reply : replies) {
            created(reply.get().statusCode());
        }
    }

    /** Closed loop: CLIENTS clients, each sending its next registration as soon as the last one is answered. */
    private static void asFastAsPossible(RunningPlatform platform, HttpClient http, String token, int from, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Integer>> codes = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            HttpRequest request = registration(platform, token, i);
            codes.add(pool.submit(() -> http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()));
        }
        for (Future<Integer> code : codes) {
            created(code.get());
        }
        pool.shutdown();
    }

    private static void created(int status) {
        if (status != 201) {
            throw new IllegalStateException("registration failed with HTTP " + status);
        }
    }

    /** Latencies in ms, in commit order, once the first {@code expected} events have reached reporting's read model. */
    private static List<Double> awaitLatencies(RunningPlatform platform, int expected) throws Exception {
        Map<String, Instant> applied = new HashMap<>();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
            applied.clear();
            applied.putAll(times(platform.database("reporting")));
            return applied.size() >= expected;
        });
        List<Double> latencies = new ArrayList<>();
        try (Connection c = platform.database("directory").connect();
             PreparedStatement ps = c.prepareStatement("select id::text, occurred_at from outbox_event order by seq limit ?")) {
            ps.setInt(1, expected);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant committed = rs.getTimestamp(2).toInstant();
                    latencies.add(Duration.between(committed, applied.get(rs.getString(1))).toNanos() / 1e6);
                }
            }
        }
        return latencies;
    }

    private static Map<String, Instant> times(Database db) throws Exception {
        Map<String, Instant> out = new HashMap<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("select event_id, received_at from inbox_event");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getTimestamp(2).toInstant());
            }
        }
        return out;
    }

    private static String row(String run, double rate, List<Double> latencies, String target) {
        List<Double> sorted = new ArrayList<>(latencies);
        sorted.sort(Double::compare);
        return "| %s | %.0f/s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %s |".formatted(run, rate,
                Stats.pct(sorted, 50), Stats.pct(sorted, 95), Stats.pct(sorted, 99), sorted.get(sorted.size() - 1), target);
    }

    private static void write(Path file, List<Double> measured, double offered, List<Double> saturated, double capacity) throws Exception {
        String report = """
                # Event backbone: commit-to-read-model latency

                Measured by `./maillage bench backbone` on %s (%d cores), %s.
                Enterprises registered through the gateway (after %d for warm-up); latency per event from the outbox row
                written in directory-service's transaction to the inbox row written in reporting-service's transaction
                (same PostgreSQL server clock). Every registration is read by four services (directory's relay,
                contracts, reporting, notification).

                | run | registrations | p50 | p95 | p99 | max | target p99 |
                |-----|---------------|-----|-----|-----|-----|------------|
                %s
                %s

                The first row is the measurement: %d registrations sent at a fixed rate of %d/s, each at its time whether
                or not the earlier ones were answered. The second finds the capacity: %d registrations sent by %d
                clients, each as soon as its last one was answered; past capacity the latency is the queue's length.
                """.formatted(Instant.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), WARM_UP,
                row("fixed rate", offered, measured, "≤ 250 ms"), row("capacity", capacity, saturated, "none"),
                EVENTS, RATE, EVENTS, CLIENTS);
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
    }
}
