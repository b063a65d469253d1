package org.maillage.bench;

import org.maillage.devstack.DemoAccounts;
import org.maillage.testkit.RunningPlatform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the gateway costs: the same request at the same concurrency, straight to directory-service and
 * through the gateway, in alternating rounds of one run so both see the same machine load.
 */
public final class GatewayOverheadBench {

    private static final int CONCURRENCY = 8;
    private static final Duration ROUND = Duration.ofSeconds(6);
    private static final int ROUNDS = 5;
    /**
     * Long enough for the hot paths of both processes to be compiled, so paired rounds compare steady states: with six
     * services on two cores, 15 s left the first three rounds climbing (765, 1311, 1825 requests/s straight to the service).
     */
    private static final Duration WARM_UP = Duration.ofSeconds(40);

    private GatewayOverheadBench() {
    }

    record Round(List<Double> latenciesMs, double perSecond, int errors) {
    }

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "bench/results");
        try (RunningPlatform platform = RunningPlatform.start(Map.of("MAILLAGE_RATE_LIMITS_PER_ADDRESS_PER_MINUTE", "100000000"))) {
            String token = platform.coordinatorToken();
            HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(platform.gateway() + "/api/enterprises")).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"legalName\":\"Coop de mesure\",\"neq\":\"1199999999\",\"pilotId\":\""
                            + DemoAccounts.MONTREAL_PILOT + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String id = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
            String path = "/api/enterprises/" + id;
            run(platform.direct("directory-service") + path, WARM_UP);
            run(platform.gateway() + path, WARM_UP);
            List<Round> direct = new ArrayList<>();
            List<Round> gateway = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                direct.add(run(platform.direct("directory-service") + path, ROUND));
                gateway.add(run(platform.gateway() + path, ROUND));
            }
            write(results.resolve("gateway-overhead.md"), direct, gateway);
        }
        System.exit(0);
    }

    private static Round run(String url, Duration length) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        Instant end = Instant.now().plus(length);
        AtomicInteger errors = new AtomicInteger();
        List<Future<List<Double>>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < CONCURRENCY; w++) {
            workers.add(pool.submit(() -> {
                List<Double> mine = new ArrayList<>();
                while (Instant.now().isBefore(end)) {
                    long t0 = System.nanoTime();
                    int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    mine.add((System.nanoTime() - t0) / 1e6);
                    if (status != 200) {
                        errors.incrementAndGet();
                    }
                }
                return mine;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> w : workers) {
            all.addAll(w.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        return new Round(all, all.size() / seconds, errors.get());
    }

    private static void write(Path file, List<Round> direct, List<Round> gateway) throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < direct.size(); i++) {
            rows.append(row("direct #" + (i + 1), direct.get(i))).append(row("gateway #" + (i + 1), gateway.get(i)));
        }
        // paired: each gateway round against the direct round just before it, then the median over pairs
        double[] addedP50 = new double[direct.size()];
        double[] addedP99 = new double[direct.size()];
        double[] ratio = new double[direct.size()];
        for (int i = 0; i < direct.size(); i++) {
            addedP50[i] = Stats.pct(gateway.get(i).latenciesMs(), 50) - Stats.pct(direct.get(i).latenciesMs(), 50);
            addedP99[i] = Stats.pct(gateway.get(i).latenciesMs(), 99) - Stats.pct(direct.get(i).latenciesMs(), 99);
            ratio[i] = gateway.get(i).perSecond() / direct.get(i).perSecond();
        }
        String report = """
                # Gateway overhead

                Measured by `./maillage bench gateway` on %s (%d cores). `GET /api/enterprises/{id}` on
                directory-service, %d concurrent clients, %d alternating rounds of %d s (after a %d s warm-up of each),
                straight to the service and through the gateway. All four services, PostgreSQL, Kafka and the load
                generator share the machine.

                | round | requests/s | p50 | p99 | errors |
                |---|---|---|---|---|
                %s
                **Medians over paired rounds:** added p50 %.2f ms, added p99 %.2f ms (target ≤ 3 ms);
                throughput through the gateway %.0f%% of direct (target ≥ 70%%).
                """.formatted(Instant.now(), Runtime.getRuntime().availableProcessors(), CONCURRENCY, direct.size(),
                ROUND.toSeconds(), WARM_UP.toSeconds(), rows, median(addedP50), median(addedP99), 100 * median(ratio));
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
    }

    private static String row(String name, Round r) {
        return "| %s | %.0f | %.2f ms | %.2f ms | %d |%n".formatted(name, r.perSecond(), Stats.pct(r.latenciesMs(), 50), Stats.pct(r.latenciesMs(), 99), r.errors());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
