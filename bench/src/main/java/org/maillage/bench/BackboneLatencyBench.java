package org.maillage.bench;

import org.maillage.devstack.DemoAccounts;
import org.maillage.directory.api.DirectoryTopics;
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
 * measured from the outbox row's time (directory-service's clock when it wrote the row, in the registration's
 * transaction) to the inbox row's time in reporting-service's database (PostgreSQL's clock when reporting's
 * transaction began), per event; one machine, so one clock.
 * <p>
 * The latency is measured at a fixed offered rate (open loop: each registration is sent at its time,
 * whether or not the earlier ones have been answered), as latency targets are stated. A second run
 * sends as fast as four clients can, to find the platform's capacity on this machine; its latency is
 * reported too, but past capacity it measures the length of the queue, not the backbone.
 */
public final class BackboneLatencyBench {

    private static final int EVENTS = 1_000;
    /**
     * Registrations per second in the measured run: far above any pilot's pace, and about a fifth of what this 2-core
     * machine takes once warm (the capacity run says how much: 116/s on 2026-11-29), so the latency is the backbone's.
     */
    private static final int RATE = 25;
    /**
     * Sent before the measure by the four clients, each as soon as answered: a cold platform paces them, where an open
     * loop at the measured rate would pile up a backlog while the services compile their hot paths.
     */
    private static final int WARM_UP = 500;
    private static final int CLIENTS = 4;

    private BackboneLatencyBench() {
    }

    /** The events of one run, in outbox order: each one's latency, and the span from the first commit to the last read. */
    record Delivery(List<Double> latenciesMs, double perSecond) {
    }

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "bench/results");
        // the gateway's limits (issue 12) came after this benchmark: lifted here, as the load run does, to measure the backbone
        try (RunningPlatform platform = RunningPlatform.start(Map.of("MAILLAGE_RATE_LIMITS_PER_ADDRESS_PER_MINUTE", "100000000",
                "MAILLAGE_RATE_LIMITS_PER_USER_PER_MINUTE", "100000000"))) {
            HttpClient http = HttpClient.newHttpClient();
            String token = platform.coordinatorToken();
            asFastAsPossible(platform, http, token, 0, WARM_UP);
            delivered(platform, 0, WARM_UP);

            Instant start = Instant.now();
            atRate(platform, http, token, WARM_UP, EVENTS);
            double offered = EVENTS / seconds(start);
            Delivery measured = delivered(platform, WARM_UP, EVENTS);

            start = Instant.now();
            asFastAsPossible(platform, http, token, WARM_UP + EVENTS, EVENTS);
            double sent = EVENTS / seconds(start);
            Delivery saturated = delivered(platform, WARM_UP + EVENTS, EVENTS);

            write(results.resolve("backbone-latency.md"), measured, offered, saturated, sent);
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

    /**
     * Waits until reporting has applied every one of the {@code count} organization events after the first {@code from}
     * (in the outbox's order), then answers their latencies.
     */
    private static Delivery delivered(RunningPlatform platform, int from, int count) throws Exception {
        List<String> ids = new ArrayList<>();
        List<Instant> committed = new ArrayList<>();
        Map<String, Instant> applied = new HashMap<>();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
            ids.clear();
            committed.clear();
            try (Connection c = platform.database("directory").connect();
                 PreparedStatement ps = c.prepareStatement("select id::text, occurred_at from outbox_event where topic = ? order by seq offset ? limit ?")) {
                ps.setString(1, DirectoryTopics.ORGANIZATIONS);
                ps.setInt(2, from);
                ps.setInt(3, count);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                        committed.add(rs.getTimestamp(2).toInstant());
                    }
                }
            }
            applied.clear();
            applied.putAll(times(platform.database("reporting")));
            return ids.size() == count && applied.keySet().containsAll(ids);
        });
        List<Double> latencies = new ArrayList<>();
        Instant lastApplied = Instant.MIN;
        for (int i = 0; i < count; i++) {
            Instant read = applied.get(ids.get(i));
            latencies.add(Duration.between(committed.get(i), read).toNanos() / 1e6);
            lastApplied = read.isAfter(lastApplied) ? read : lastApplied;
        }
        return new Delivery(latencies, count / (Duration.between(committed.get(0), lastApplied).toNanos() / 1e9));
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

    private static String row(String run, double sent, Delivery d, String target) {
        List<Double> sorted = new ArrayList<>(d.latenciesMs());
        sorted.sort(Double::compare);
        return "| %s | %.0f/s | %.0f/s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %s |".formatted(run, sent, d.perSecond(),
                Stats.pct(sorted, 50), Stats.pct(sorted, 95), Stats.pct(sorted, 99), sorted.get(sorted.size() - 1), target);
    }

    private static void write(Path file, Delivery measured, double offered, Delivery saturated, double sent) throws Exception {
        String report = """
                # Event backbone: commit-to-read-model latency

                Measured by `./maillage bench backbone` on %s (%d cores), %s.
                Enterprises registered through the gateway; latency per event from the outbox row written in
                directory-service's transaction (its clock) to the inbox row written in reporting-service's transaction
                (PostgreSQL's clock, on the same machine). Three services read every registration's event (contracts,
                reporting, notification).

                | run | registrations sent | read by reporting | p50 | p95 | p99 | max | target p99 |
                |-----|--------------------|-------------------|-----|-----|-----|-----|------------|
                %s
                %s

                The first row is the measurement: %d registrations sent at a fixed rate of %d/s, each at its time whether
                or not the earlier ones were answered, after %d sent by the four clients to warm up. The second finds the capacity,
                right after: %d registrations sent by %d clients, each as soon as its last one was answered; "read by
                reporting" is how fast their events reached its read model (first commit to last read). Past capacity the
                latency is the queue's length, not the backbone's.
                """.formatted(Instant.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                row("fixed rate", offered, measured, "≤ 250 ms"), row("as fast as 4 clients go", sent, saturated, "none"),
                EVENTS, RATE, WARM_UP, EVENTS, CLIENTS);
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
    }
}
