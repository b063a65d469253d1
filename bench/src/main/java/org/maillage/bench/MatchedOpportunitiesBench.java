package org.maillage.bench;

import org.maillage.devstack.ApiClient;
import org.maillage.devstack.DemoAccounts;
import org.maillage.testkit.RunningPlatform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * An enterprise's matched open opportunities with 50,000 opportunities and 10,000 enterprises, against
 * contracts-service's own HTTP endpoint, one client at a time so the figure is the request's latency.
 * A few enterprises are registered and signed in through the API; the rest of the data is bulk SQL shaped
 * like the service's own writes (the matching SQL decides the notifications).
 */
public final class MatchedOpportunitiesBench {

    private static final int ENTERPRISES = 10_000;
    private static final int OPPORTUNITIES = 50_000;
    private static final int SIGNED_IN = 5;
    private static final int WARM_UP = 200;
    private static final int MEASURED = 1_000;

    private MatchedOpportunitiesBench() {
    }

    public static void main(String[] args) throws Exception {
        java.nio.file.Path results = java.nio.file.Path.of(args.length > 0 ? args[0] : "bench/results");
        try (RunningPlatform platform = RunningPlatform.start()) {
            List<String> tokens = signedInEnterprises(platform);
            long loadStart = System.nanoTime();
            long[] counts = load(platform);
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            ApiClient contracts = new ApiClient(platform.direct("contracts-service"));
            for (int i = 0; i < WARM_UP; i++) {
                contracts.get("/api/opportunities/matched", tokens.get(i % tokens.size())).ok();
            }
            List<Double> latencies = new ArrayList<>();
            long listed = 0;
            for (int i = 0; i < MEASURED; i++) {
                long t0 = System.nanoTime();
                int answered = contracts.get("/api/opportunities/matched", tokens.get(i % tokens.size())).items().size();
                latencies.add((System.nanoTime() - t0) / 1e6);
                listed += answered;
            }
            Collections.sort(latencies);
            String report = """
                    # Matched open opportunities: 50,000 opportunities, 10,000 enterprises

                    Measured by `./maillage bench matched` on %s (%d cores). %,d enterprises and %,d opportunities
                    (%,d of them open) in contracts-service's database, %,d notifications written by the matching rule
                    (same category and a shared region); loaded in %.0f s. %d enterprises registered and signed in
                    through the API; %,d requests after %d for warm-up, one client, straight to contracts-service's
                    `GET /api/opportunities/matched` (full opportunity views, nearest deadline first). On average
                    %.1f open opportunities per answer.

                    | p50 | p95 | p99 | max | target p95 |
                    |-----|-----|-----|-----|------------|
                    | %.1f ms | %.1f ms | %.1f ms | %.1f ms | ≤ 20 ms |
                    """.formatted(Instant.now(), Runtime.getRuntime().availableProcessors(), counts[0], counts[1], counts[2], counts[3],
                    loadSeconds, SIGNED_IN, MEASURED, WARM_UP, (double) listed / MEASURED,
                    Stats.pct(latencies, 50), Stats.pct(latencies, 95), Stats.pct(latencies, 99), latencies.get(latencies.size() - 1));
            java.nio.file.Files.createDirectories(results);
            java.nio.file.Files.writeString(results.resolve("matched-opportunities.md"), report);
            System.out.println(report);
        }
        System.exit(0);
    }

    /** Caterers in Montréal, registered by the coordinator, each with a SUPPLIER account. */
    private static List<String> signedInEnterprises(RunningPlatform platform) throws Exception {
        ApiClient gateway = new ApiClient(platform.gateway());
        String coordinator = platform.coordinatorToken();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < SIGNED_IN; i++) {
            String enterprise = gateway.post("/api/enterprises", """
                    {"legalName":"Coop Traiteur Banc d'essai %d","neq":"11600000%02d","legalForm":"WORKER_COOP","categories":["90100000"],
                     "regions":["06"],"missionFr":"Traiteur","missionEn":"Caterer","pilotId":"%s"}""".formatted(i, i,
                    DemoAccounts.MONTREAL_PILOT), coordinator).ok().path("id").asText();
            String email = "bench" + i + "@coop.maillage.local";
            gateway.post("/api/accounts", """
                    {"email":"%s","password":"Banc-Essai-2026!","role":"SUPPLIER","organizationId":"%s","pilots":["%s"]}"""
                    .formatted(email, enterprise, DemoAccounts.MONTREAL_PILOT), coordinator).ok();
            tokens.add(platform.login(email, "Banc-Essai-2026!"));
        }
        awaitKnown(platform, SIGNED_IN);
        return tokens;
    }

    private static void awaitKnown(RunningPlatform platform, int count) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            try (Connection c = platform.database("contracts").connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select count(*) from known_organization where kind = 'ENTERPRISE'")) {
                rs.next();
                return rs.getInt(1) >= count;
            }
        });
    }

    /** Answers enterprises, opportunities, open opportunities, notifications. */
    private static long[] load(RunningPlatform platform) throws Exception {
        try (Connection c = platform.database("contracts").connect(); Statement st = c.createStatement()) {
            st.execute("""
                    insert into known_organization (id, kind, name, status, categories, regions, updated_at)
                    select gen_random_uuid(), 'ENTERPRISE', 'Entreprise ' || i, 'ACTIVE',
                        array[(array['90100000','82120000','78120000','76120000','70110000','86100000','76110000','93140000'])[1 + i % 8]],
                        case when i % 3 = 0 then array[lpad((1 + i % 17)::text, 2, '0'), lpad((1 + (i / 17) % 17)::text, 2, '0')]
                             else array[lpad((1 + i % 17)::text, 2, '0')] end,
                        now()
                    from generate_series(1, $N) i""".replace("$N", String.valueOf(ENTERPRISES - SIGNED_IN)));
            st.execute("""
                    insert into known_organization (id, kind, name, status, categories, regions, updated_at)
                    select gen_random_uuid(), 'INSTITUTION', 'Institution ' || i, 'ACTIVE', '{}', array['06'], now()
                    from generate_series(1, 100) i""");
            // one in ten is still open; the rest were closed or decided in the past
            st.execute("""
                    insert into opportunity (id, buyer_id, buyer_kind, title_fr, title_en, description_fr, categories, regions, method,
                        estimated_value, value_withheld, deadline, status, created_at, published_at, closed_at)
                    select gen_random_uuid(), b.id, 'INSTITUTION', 'Appel ' || i, 'Call ' || i,
                        'Description de l''appel numéro ' || i || ' pour des services d''économie sociale',
                        array[(array['90100000','82120000','78120000','76120000','70110000','86100000','76110000','93140000'])[1 + i % 8]],
                        array[lpad((1 + (i / 8) % 17)::text, 2, '0')], 'INVITATION', 10000 + i, i % 5 = 0,
                        case when i % 10 = 0 then now() + (i % 60 + 1) * interval '1 day' else now() - (i % 700 + 1) * interval '1 day' end,
                        (array['PUBLISHED','CLOSED','AWARDED','AWARDED','UNSUCCESSFUL','CANCELLED','AWARDED','CLOSED','AWARDED','AWARDED'])[1 + i % 10],
                        now() - interval '800 days', now() - interval '790 days', case when i % 10 = 0 then null else now() end
                    from generate_series(1, $N) i
                    join lateral (select id from known_organization where kind = 'INSTITUTION' offset i % 100 limit 1) b on true"""
                    .replace("$N", String.valueOf(OPPORTUNITIES)));
            st.execute("""
                    insert into notification (opportunity_id, enterprise_id, notified_at)
                    select o.id, k.id, o.published_at from opportunity o
                    join known_organization k on k.kind = 'ENTERPRISE' and k.status = 'ACTIVE'
                        and k.regions && o.regions and k.categories && o.categories""");
            st.execute("vacuum analyze");
            long[] counts = new long[4];
            try (ResultSet rs = st.executeQuery("""
                    select (select count(*) from known_organization where kind = 'ENTERPRISE'), (select count(*) from opportunity),
                           (select count(*) from opportunity where status = 'PUBLISHED'), (select count(*) from notification)""")) {
                rs.next();
                for (int i = 0; i < 4; i++) {
                    counts[i] = rs.getLong(i + 1);
                }
            }
            return counts;
        }
    }
}
