package org.maillage.bench;

import org.maillage.testkit.RunningPlatform;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
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
 * The public opportunity search with 50,000 opportunities (one in ten open, French and English texts, categories
 * and regions spread), against contracts-service's own HTTP endpoint, one client at a time so the figure is the
 * query's latency: a mix of a first page with no filter, words, words with a category and a region, open ones
 * closing soon, and later pages reached by cursor.
 */
public final class OpportunitySearchBench {

    private static final int OPPORTUNITIES = 50_000;
    private static final int DRAFTS = 1_000;
    private static final int WARM_UP = 200;
    private static final int MEASURED = 1_000;
    private static final Pattern NEXT = Pattern.compile("\"next\":\"([^\"]+)\"");
    private static final Pattern ITEM = Pattern.compile("\"deadlineMontreal\"");

    private OpportunitySearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "bench/results");
        try (RunningPlatform platform = RunningPlatform.start()) {
            long loadStart = System.nanoTime();
            long[] counts = load(platform);
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            String base = platform.direct("contracts-service") + "/api/opportunities?";
            // as in the directory's bench: HTTP/1.1, the answer read on the sending thread
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Runnable::run).build();
            Map<String, List<String>> kinds = new LinkedHashMap<>();
            kinds.put("first page, no filter", List.of("limit=20"));
            kinds.put("words", List.of(q("traiteur"), q("entretien menager"), q("snow removal"), q("economie sociale"), q("printing"),
                    // one opportunity among 50,000: the words' own index, not the walk in list order
                    q("lot 4242")));
            kinds.put("words + category + region", List.of(q("traiteur") + "&category=90000000&region=06",
                    q("cleaning") + "&category=76100000&region=03", q("formation") + "&category=86000000&region=13",
                    q("demenagement") + "&category=78000000&region=16"));
            kinds.put("status + closingWithin", List.of("status=PUBLISHED&closingWithin=7", "status=PUBLISHED&closingWithin=30",
                    "status=PUBLISHED&closingWithin=3&region=06"));
            // later pages: the cursor of the 10th page with no filter, of the 5th for a word, of the 3rd of closed ones
            kinds.put("later page by cursor", List.of(deep(http, base, "limit=20", 10), deep(http, base, q("traiteur"), 5),
                    deep(http, base, "status=CLOSED", 3), deep(http, base, "region=06", 8)));
            List<String[]> mix = new ArrayList<>();
            for (int i = 0; mix.size() < MEASURED; i++) {
                for (Map.Entry<String, List<String>> k : kinds.entrySet()) {
                    mix.add(new String[] {k.getKey(), k.getValue().get(i % k.getValue().size())});
                }
            }
            for (int i = 0; i < WARM_UP; i++) {
                get(http, base + mix.get(i % mix.size())[1]);
            }
            List<Double> all = new ArrayList<>();
            Map<String, List<Double>> byKind = new LinkedHashMap<>();
            Map<String, Long> listed = new LinkedHashMap<>();
            for (int i = 0; i < MEASURED; i++) {
                String[] m = mix.get(i);
                long t0 = System.nanoTime();
                String body = get(http, base + m[1]);
                double ms = (System.nanoTime() - t0) / 1e6;
                all.add(ms);
                byKind.computeIfAbsent(m[0], k -> new ArrayList<>()).add(ms);
                Matcher items = ITEM.matcher(body);
                long n = 0;
                while (items.find()) {
                    n++;
                }
                listed.merge(m[0], n, Long::sum);
            }
            Collections.sort(all);
            StringBuilder perKind = new StringBuilder();
            for (Map.Entry<String, List<Double>> k : byKind.entrySet()) {
                List<Double> l = k.getValue();
                Collections.sort(l);
                perKind.append("| %s | %d | %.1f | %.1f ms | %.1f ms | %.1f ms |%n".formatted(k.getKey(), l.size(),
                        (double) listed.get(k.getKey()) / l.size(), Stats.pct(l, 50), Stats.pct(l, 95), Stats.pct(l, 99)));
            }
            StringBuilder queries = new StringBuilder();
            kinds.forEach((k, v) -> v.forEach(s -> queries.append("- ").append(k).append(": `").append(shorten(s)).append("`\n")));
            String report = """
                    # Public opportunity search: 50,000 opportunities

                    Measured by `./maillage bench opportunities` on %s (%d cores, load average %s when the measure
                    ended: other engineers' builds and tests were running on the same machine, so these figures are
                    pessimistic and noisy). %,d published opportunities (%,d of them open; the others closed, awarded,
                    unsuccessful or cancelled; titles and descriptions in French and English, some in one language only;
                    29 categories in 18 segments; 17 regions; 200 buyers) and %,d drafts, loaded in %.0f s by bulk SQL
                    (the search columns are generated by the table itself, migration V13). %,d queries after %d for
                    warm-up, one client, straight to contracts-service's `GET /api/opportunities` (full opportunity
                    views, pages of 20).

                    | | p50 | p95 | p99 | max | target p95 |
                    |---|-----|-----|-----|-----|------------|
                    | all queries | %.1f ms | %.1f ms | %.1f ms | %.1f ms | ≤ 20 ms |

                    Per kind of query (sent in turn):

                    | kind | requests | items per answer | p50 | p95 | p99 |
                    |---|---|---|---|---|---|
                    %s
                    The queries (cursors shortened):

                    %s""".formatted(Instant.now(), Runtime.getRuntime().availableProcessors(), loadAverage(), counts[0], counts[1],
                    DRAFTS, loadSeconds, MEASURED, WARM_UP, Stats.pct(all, 50), Stats.pct(all, 95), Stats.pct(all, 99),
                    all.get(all.size() - 1), perKind, queries);
            report += explain(platform, kinds.get("later page by cursor").get(0));
            Files.createDirectories(results);
            Files.writeString(results.resolve("opportunity-search.md"), report);
            System.out.println(report);
        }
        System.exit(0);
    }

    /**
     * EXPLAIN ANALYZE of the statements that find a page's ids for one query of each kind, written as OpportunitySearch builds them
     * (with the values inlined), to show which index answers each kind.
     */
    private static String explain(RunningPlatform platform, String deepQuery) throws Exception {
        long now = System.currentTimeMillis();
        String[] cursor = new String(java.util.Base64.getUrlDecoder().decode(deepQuery.substring(deepQuery.indexOf("cursor=") + 7)),
                StandardCharsets.UTF_8).split("/");
        String words = "(websearch_to_tsquery('fr_unaccent', '%1$s') || websearch_to_tsquery('en_unaccent', '%1$s'))";
        String page = "select o.id, o.list_key from opportunity o where o.published_at is not null%s order by o.list_key, o.id limit 21";
        // with words, the service first walks at most 1,000 rows in list order, then asks the words' index if the page is not full
        String walk = "select w.id, w.k from (select o.id, o.list_key as k, o.search_document as d from opportunity o where o.published_at "
                + "is not null%s order by o.list_key, o.id limit 1000) w where w.d @@ %s order by w.k, w.id limit 21";
        String indexed = "with m as materialized (select o.id, o.list_key as k from opportunity o where o.published_at is not null%s "
                + "and o.search_document @@ %s) select id, k from m order by k, id limit 21";
        Map<String, String> wheres = new LinkedHashMap<>();
        wheres.put("first page, no filter", page.formatted(""));
        wheres.put("words (`q=traiteur`): the walk fills the page", walk.formatted("", words.formatted("traiteur")));
        wheres.put("words matching one opportunity (`q=lot 4242`): the walk finds nothing (not shown), then the words' index",
                indexed.formatted("", words.formatted("lot 4242")));
        wheres.put("words + category + region (`q=traiteur&category=90000000&region=06`): the walk",
                walk.formatted(" and o.search_keys @> array['c:90000000', 'r:06']", words.formatted("traiteur")));
        wheres.put("status + closingWithin (`status=PUBLISHED&closingWithin=7`)", page.formatted(" and o.list_key < 2000000000000000 and "
                + "o.list_key > " + now + " and o.list_key <= " + (now + 7 * 86_400_000L) + " and o.search_keys @> array['s:PUBLISHED']"));
        wheres.put("later page by cursor (10th page, no filter)", page.formatted(" and (o.list_key, o.id) > (" + cursor[0] + ", '"
                + cursor[1] + "')"));
        StringBuilder out = new StringBuilder("\nThe plans (`EXPLAIN ANALYZE` of the statements that find a page's ids, as the service writes them, values inlined, after the measure):\n");
        try (Connection c = platform.database("contracts").connect(); Statement st = c.createStatement()) {
            for (Map.Entry<String, String> w : wheres.entrySet()) {
                out.append("\n").append(w.getKey()).append(":\n\n```\n");
                try (ResultSet rs = st.executeQuery("explain (analyze, costs off) " + w.getValue())) {
                    while (rs.next()) {
                        out.append(rs.getString(1)).append("\n");
                    }
                }
                out.append("```\n");
            }
        }
        return out.toString();
    }

    private static String q(String words) {
        return "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    /** The query with the cursor that leads to its given page. */
    private static String deep(HttpClient http, String base, String query, int page) throws Exception {
        String cursor = null;
        for (int i = 1; i < page; i++) {
            Matcher next = NEXT.matcher(get(http, base + query + (cursor == null ? "" : "&cursor=" + cursor)));
            if (!next.find()) {
                throw new IllegalStateException(query + " has fewer than " + page + " pages");
            }
            cursor = next.group(1);
        }
        return query + "&cursor=" + cursor;
    }

    private static String shorten(String query) {
        return query.replaceAll("cursor=([^&]{6})[^&]*", "cursor=$1…");
    }

    private static String loadAverage() throws Exception {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " / " + parts[1] + " / " + parts[2] + " (1 / 5 / 15 min)";
    }

    /** Answers published and open counts. Bulk SQL shaped like the service's writes; the table generates the search columns. */
    static long[] load(RunningPlatform platform) throws Exception {
        try (Connection c = platform.database("contracts").connect(); Statement st = c.createStatement()) {
            st.execute("""
                    create temporary table theme (n int, title_fr text, title_en text, text_fr text, text_en text, codes text[]) """);
            st.execute("""
                    insert into theme values
                    (0, 'Service de traiteur pour', 'Catering services for', 'Repas et collations préparés par une équipe en insertion',
                        'Meals and snacks prepared by a work-integration team', array['90101501','90101603','50192100']),
                    (1, 'Entretien ménager de', 'Janitorial cleaning of', 'Nettoyage quotidien des locaux avec des produits écologiques',
                        'Daily cleaning of the premises with green products', array['76111501','76111500','47131800']),
                    (2, 'Impression de dépliants pour', 'Leaflet printing for', 'Impression et reliure de documents en français et en anglais',
                        'Printing and binding of documents in French and English', array['82121500','82121700','14111500']),
                    (3, 'Déménagement de mobilier de', 'Furniture moving at', 'Déménagement et entreposage de mobilier de bureau',
                        'Moving and storage of office furniture', array['78102200','78131600','56101500']),
                    (4, 'Aménagement paysager et déneigement de', 'Landscaping and snow removal at', 'Tonte, plantation et déneigement des stationnements',
                        'Mowing, planting and snow clearing of the parking lots', array['70111700','70111500','72102900']),
                    (5, 'Recyclage de matériel informatique de', 'Computer equipment recycling for', 'Collecte, effacement sécurisé et reconditionnement des ordinateurs',
                        'Collection, secure wiping and refurbishing of computers', array['76121900','43211500','81112300']),
                    (6, 'Formation en santé et sécurité pour', 'Health and safety training for', 'Sessions de formation offertes par un organisme d''économie sociale',
                        'Training sessions given by a social economy organization', array['86101700','86111600','86132000']),
                    (7, 'Buanderie et nettoyage des textiles de', 'Laundry and linen services for', 'Lavage, séchage et réparation des textiles',
                        'Washing, drying and mending of linen', array['91111500','91111600','53102500']),
                    (8, 'Services de garde et d''animation à', 'Child care and recreation at', 'Animation des enfants pendant les congés scolaires',
                        'Activities for children during school holidays', array['93141500','85121600','93141700']),
                    (9, 'Fabrication de mobilier en bois pour', 'Wooden furniture making for', 'Tables et bancs fabriqués localement en bois du Québec',
                        'Tables and benches made locally from Québec wood', array['56101500','56101700','30103600'])""");
            // one in ten open (deadline to come), of every theme; the rest closed, awarded, unsuccessful or cancelled in the past two years;
            // six in ten in both languages, two in French only, two in English only
            st.execute("""
                    insert into opportunity (id, buyer_id, buyer_kind, title_fr, title_en, description_fr, description_en, categories, regions,
                        method, estimated_value, value_withheld, deadline, status, created_at, published_at, closed_at)
                    select gen_random_uuid(), ('00000000-0000-4000-8000-' || lpad((i % 200)::text, 12, '0'))::uuid, 'INSTITUTION',
                        case when (i / 11) % 10 < 8 then t.title_fr || ' ' || (array['l''hôtel de ville','la bibliothèque centrale','le centre sportif',
                            'l''école secondaire','le CHSLD','les bureaux administratifs'])[1 + i % 6] || ' (lot ' || i || ')' end,
                        case when (i / 11) % 10 < 6 or (i / 11) % 10 >= 8 then t.title_en || ' ' || (array['city hall','the central library','the sports centre',
                            'the high school','the long-term care home','the administrative offices'])[1 + i % 6] || ' (lot ' || i || ')' end,
                        case when (i / 11) % 10 < 8 then t.text_fr || '. Clauses sociales : inclusion des PME et économie locale.' end,
                        case when (i / 11) % 10 < 6 or (i / 11) % 10 >= 8 then t.text_en || '. Social clauses: SME inclusion and local economy.' end,
                        array[t.codes[1 + (i / 10) % 3]], array[lpad((1 + (i / 7) % 17)::text, 2, '0')],
                        (array['INVITATION','PUBLIC_CALL','DIRECT_AWARD'])[1 + i % 3], 10000 + (i % 500) * 1000, i % 7 = 0,
                        case when i % 10 = 3 then now() + (i % 90) * interval '1 day' + (i % 24) * interval '1 hour' + interval '5 minutes'
                             else now() - (i % 730 + 1) * interval '1 day' end,
                        case when i % 10 = 3 then 'PUBLISHED'
                             else (array['CLOSED','AWARDED','AWARDED','AWARDED','UNSUCCESSFUL','CANCELLED'])[1 + (i / 10) % 6] end,
                        now() - interval '800 days', now() - interval '790 days', case when i % 10 <> 3 then now() - interval '1 day' end
                    from generate_series(1, $N) i join theme t on t.n = (i + i / 10) % 10""".replace("$N", String.valueOf(OPPORTUNITIES)));
            st.execute("""
                    insert into opportunity (id, buyer_id, buyer_kind, title_fr, categories, regions, method, deadline, status, created_at)
                    select gen_random_uuid(), ('00000000-0000-4000-8000-' || lpad((i % 200)::text, 12, '0'))::uuid, 'INSTITUTION',
                        'Brouillon de traiteur ' || i, array['90101501'], array['06'], 'INVITATION', now() + interval '30 days', 'DRAFT', now()
                    from generate_series(1, $N) i""".replace("$N", String.valueOf(DRAFTS)));
            st.execute("vacuum analyze opportunity");
            try (ResultSet rs = st.executeQuery("""
                    select count(*) filter (where published_at is not null), count(*) filter (where status = 'PUBLISHED') from opportunity""")) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
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
