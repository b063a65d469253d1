package org.maillage.bench;

import org.maillage.devstack.DemoAccounts;
import org.maillage.testkit.RunningPlatform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Directory search with 100,000 enterprises: a text query with two filters, against directory-service's
 * own HTTP endpoint (not through the gateway), one client at a time so the figure is the query's latency.
 */
public final class DirectorySearchBench {

    private static final int ENTERPRISES = 100_000;
    private static final int WARM_UP = 200;
    private static final int MEASURED = 1_000;
    private static final List<String> QUERIES = List.of(
            "q=traiteur&region=06&category=90000000",
            "q=economie%20sociale&region=05&legalForm=WORKER_COOP",
            "q=printing&region=06&category=82000000",
            "q=demenagement&region=13&category=78120000",
            "q=recyclage%20informatique&region=06&legalForm=NON_PROFIT");
    private static final String FLOOR = "q=introuvable&region=06&legalForm=NON_PROFIT";
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    private DirectorySearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "bench/results");
        try (RunningPlatform platform = RunningPlatform.start()) {
            long loadStart = System.nanoTime();
            load(platform);
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            String base = platform.direct("directory-service") + "/api/organizations?";
            // one client sending one request at a time: HTTP/1.1 as the services speak it, and the answer handled on
            // the thread that reads it (the default executor adds a thread hand-off, ~1 ms and a longer tail here)
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Runnable::run).build();
            for (int i = 0; i < WARM_UP; i++) {
                get(http, base + QUERIES.get(i % QUERIES.size()));
            }
            List<Double> latencies = new ArrayList<>();
            Map<String, List<Double>> byQuery = new LinkedHashMap<>();
            Map<String, String> totals = new LinkedHashMap<>();
            List<Double> floor = new ArrayList<>();
            for (int i = 0; i < MEASURED; i++) {
                String query = QUERIES.get(i % QUERIES.size());
                long t0 = System.nanoTime();
                String body = get(http, base + query);
                double ms = (System.nanoTime() - t0) / 1e6;
                latencies.add(ms);
                byQuery.computeIfAbsent(query, k -> new ArrayList<>()).add(ms);
                Matcher total = TOTAL.matcher(body);
                totals.put(query, total.find() ? total.group(1) : "?");
                if (i % QUERIES.size() == QUERIES.size() - 1) {
                    long f0 = System.nanoTime();
                    get(http, base + FLOOR);
                    floor.add((System.nanoTime() - f0) / 1e6);
                }
            }
            Collections.sort(latencies);
            Collections.sort(floor);
            StringBuilder perQuery = new StringBuilder();
            for (Map.Entry<String, List<Double>> q : byQuery.entrySet()) {
                Collections.sort(q.getValue());
                perQuery.append("| `%s` | %s | %.1f ms | %.1f ms |%n".formatted(q.getKey(), totals.get(q.getKey()),
                        Stats.pct(q.getValue(), 50), Stats.pct(q.getValue(), 95)));
            }
            perQuery.append("| `%s` (nothing matches: HTTP, routing, transaction) | 0 | %.1f ms | %.1f ms |%n".formatted(FLOOR,
                    Stats.pct(floor, 50), Stats.pct(floor, 95)));
            String report = """
                    # Directory search: 100,000 enterprises

                    Measured by `./maillage bench search` on %s (%d cores). %,d active enterprises (random names,
                    missions, categories, regions and legal forms; loaded in %.0f s and indexed by the service's own
                    search-document SQL), %,d queries after %d for warm-up, one client, straight to directory-service's
                    `GET /api/organizations` (full text in French and English plus two filters, with facet counts and
                    the first page of 20).

                    | p50 | p95 | p99 | max | target p95 |
                    |-----|-----|-----|-----|------------|
                    | %.1f ms | %.1f ms | %.1f ms | %.1f ms | ≤ 15 ms |

                    Per query, with how many enterprises it matches (each one is ranked and counted in the facets), and
                    a query that matches nothing, sent between the others, for the fixed cost of a request:

                    | query | matches | p50 | p95 |
                    |---|---|---|---|
                    %s""".formatted(Instant.now(), Runtime.getRuntime().availableProcessors(), ENTERPRISES, loadSeconds,
                    MEASURED, WARM_UP, Stats.pct(latencies, 50), Stats.pct(latencies, 95), Stats.pct(latencies, 99),
                    latencies.get(latencies.size() - 1), perQuery);
            Files.createDirectories(results);
            Files.writeString(results.resolve("directory-search.md"), report);
            System.out.println(report);
        }
        System.exit(0);
    }

    /** Bulk SQL for speed, then the database function the service itself calls to build search documents. */
    static void load(RunningPlatform platform) throws Exception {
        try (Connection c = platform.database("directory").connect(); Statement st = c.createStatement()) {
            st.execute("""
                    insert into organization (id, kind, legal_name, neq, status, legal_form, mission_fr, mission_en, categories,
                        regions, created_at, updated_at)
                    select gen_random_uuid(), 'ENTERPRISE',
                        (array['Coop','Entreprise','Atelier','Collectif','Réseau'])[1 + i % 5] || ' '
                          || (array['Traiteur','Imprimerie','Déménagement','Recyclage informatique','Paysagement','Formation',
                                    'Entretien ménager','Garderie'])[1 + (i / 5) % 8] || ' ' || i,
                        lpad((1100000000 + i)::text, 10, '0'), 'ACTIVE',
                        (array['WORKER_COOP','SOLIDARITY_COOP','NON_PROFIT','WORK_INTEGRATION'])[1 + i % 4],
                        'Entreprise d''économie sociale au service de sa communauté, numéro ' || i,
                        'Social economy enterprise serving its community, number ' || i,
                        array[(array['90100000','82120000','78120000','76120000','70110000','86100000','76110000','93140000'])[1 + (i / 5) % 8]],
                        array[lpad((1 + i % 17)::text, 2, '0')], now(), now()
                    from generate_series(1, $COUNT) i""".replace("$COUNT", String.valueOf(ENTERPRISES)));
            st.execute("""
                    insert into pilot_member (pilot_id, organization_id, joined_on)
                    select '$PILOT', id, current_date from organization""".replace("$PILOT", DemoAccounts.MONTREAL_PILOT));
            st.execute("select refresh_organization_search(null)");
            st.execute("vacuum analyze organization");
        }
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}
