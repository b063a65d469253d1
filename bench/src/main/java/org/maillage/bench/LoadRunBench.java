package org.maillage.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.core.ConditionTimeoutException;
import org.maillage.devstack.ApiClient;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.awaitility.Awaitility.await;

/**
 * 50 sales people at once for 60 s, through the gateway only: browsing the opportunities, searching the
 * directory, reading their matched list, responding (and revising their response), logging contacts.
 * Then every committed write must show in reporting: each contact logged and each enterprise that responded.
 */
public final class LoadRunBench {

    private static final int USERS = 50;
    private static final Duration RUN = Duration.ofSeconds(60);

    private record Sample(String action, int status, double ms) {
    }

    private LoadRunBench() {
    }

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "bench/results");
        // one address plays 50 users: the per-address limits are for the internet, not for this run
        try (RunningPlatform platform = RunningPlatform.start(Map.of("MAILLAGE_RATE_LIMITS_PER_ADDRESS_PER_MINUTE", "100000000",
                "MAILLAGE_RATE_LIMITS_PER_USER_PER_MINUTE", "100000000", "MAILLAGE_RATE_LIMITS_LOGIN_PER_ADDRESS_PER_MINUTE", "100000"))) {
            ApiClient gateway = new ApiClient(platform.gateway());
            String coordinator = platform.coordinatorToken();
            String institution = gateway.post("/api/institutions", """
                    {"name":"Ville de Montréal (charge)","institutionType":"MUNICIPALITY","regions":["06"],"pilotId":"%s"}"""
                    .formatted(DemoAccounts.MONTREAL_PILOT), coordinator).ok().path("id").asText();
            gateway.post("/api/accounts", """
                    {"email":"achats@charge.test","password":"Charge-Essai-2026!","role":"BUYER","organizationId":"%s","pilots":["%s"]}"""
                    .formatted(institution, DemoAccounts.MONTREAL_PILOT), coordinator).ok();
            String buyer = platform.login("achats@charge.test", "Charge-Essai-2026!");
            List<String[]> users = new ArrayList<>();
            for (int u = 0; u < USERS; u++) {
                String id = gateway.post("/api/enterprises", """
                        {"legalName":"Traiteur solidaire %d","neq":"11800000%02d","legalForm":"WORKER_COOP","categories":["90100000"],
                         "regions":["06"],"missionFr":"Traiteur d'économie sociale","missionEn":"Social economy caterer","pilotId":"%s"}"""
                        .formatted(u, u, DemoAccounts.MONTREAL_PILOT), coordinator).ok().path("id").asText();
                gateway.post("/api/accounts", """
                        {"email":"ventes%d@charge.test","password":"Charge-Essai-2026!","role":"SUPPLIER","organizationId":"%s","pilots":["%s"]}"""
                        .formatted(u, id, DemoAccounts.MONTREAL_PILOT), coordinator).ok();
                users.add(new String[]{id, platform.login("ventes" + u + "@charge.test", "Charge-Essai-2026!")});
            }
            List<String> opportunities = publish(gateway, buyer);
            String dashboard = "/api/reports/pilots/" + DemoAccounts.MONTREAL_PILOT + "/dashboard";
            long contactsBefore = gateway.get(dashboard, null).ok().path("contacts").path("contacts").asLong();

            ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
            AtomicLong contactsCommitted = new AtomicLong();
            Set<String> responders = ConcurrentHashMap.newKeySet();
            Instant end = Instant.now().plus(RUN);
            CountDownLatch done = new CountDownLatch(USERS);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            long started = System.nanoTime();
            for (int u = 0; u < USERS; u++) {
                String[] user = users.get(u);
                String counterpart = institution;
                Random random = new Random(u);
                new Thread(() -> {
                    try {
                        while (Instant.now().isBefore(end)) {
                            int dice = random.nextInt(100);
                            String opportunity = opportunities.get(random.nextInt(opportunities.size()));
                            if (dice < 35) {
                                call(http, samples, "browse", "GET", platform.gateway() + "/api/opportunities", null, null);
                            } else if (dice < 55) {
                                call(http, samples, "search", "GET", platform.gateway()
                                        + "/api/organizations?q=traiteur&region=06&category=90100000", null, null);
                            } else if (dice < 70) {
                                call(http, samples, "matched", "GET", platform.gateway() + "/api/opportunities/matched", null, user[1]);
                            } else if (dice < 85) {
                                int status = call(http, samples, "respond", "PUT", platform.gateway() + "/api/opportunities/" + opportunity
                                        + "/responses/mine", "{\"priceCad\":" + (20000 + random.nextInt(5000))
                                        + ",\"proposal\":\"Menus du jour, équipe en insertion\"}", user[1]);
                                if (status == 200) {
                                    responders.add(opportunity + user[0]);
                                }
                            } else {
                                String day = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(300)).toString();
                                int status = call(http, samples, "contact", "POST", platform.gateway() + "/api/contacts", """
                                        {"enterpriseId":"%s","counterpartId":"%s","occurredOn":"%s","channel":"PHONE","initiatedBy":"%s",
                                         "summary":"Appel de suivi"}""".formatted(user[0], counterpart, day, user[0]), user[1]);
                                if (status == 201) {
                                    contactsCommitted.incrementAndGet();
                                }
                            }
                        }
                    } finally {
                        done.countDown();
                    }
                }).start();
            }
            done.await();
            double seconds = (System.nanoTime() - started) / 1e9;

            // every committed write must reach reporting
            long expectedContacts = contactsBefore + contactsCommitted.get();
            long[] seen = {-1, -1};
            long convergeStart = System.nanoTime();
            try {
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
                    JsonNode d = gateway.get(dashboard, null).ok();
                    seen[0] = d.path("contacts").path("contacts").asLong();
                    seen[1] = d.path("funnel").path("responded").asLong();
                    return seen[0] == expectedContacts && seen[1] == responders.size();
                });
            } catch (ConditionTimeoutException lost) {
                // reported below: the counts say what did not arrive
            }
            long seenContacts = seen[0];
            long seenResponded = seen[1];
            double convergeMs = (System.nanoTime() - convergeStart) / 1e6;
            report(results, samples, seconds, contactsCommitted.get(), expectedContacts, seenContacts, responders.size(), seenResponded,
                    convergeMs);
        }
        System.exit(0);
    }

    private static List<String> publish(ApiClient gateway, String buyer) {
        List<String> out = new ArrayList<>();
        LocalDateTime deadline = LocalDateTime.now(ZoneId.of("America/Montreal")).plusHours(2).withNano(0);
        for (int i = 0; i < 5; i++) {
            String body = """
                    {"titleFr":"Traiteur, lot %d","categories":["90100000"],"regions":["06"],"method":"INVITATION","deadline":"%s"}"""
                    .formatted(i, deadline);
            // refused until contracts-service has learned the institution from the directory's topic
            AtomicReference<String> id = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
                ApiClient.Reply r = gateway.post("/api/opportunities", body, buyer);
                id.set(r.status() == 201 ? r.text("id") : null);
                return id.get() != null;
            });
            gateway.post("/api/opportunities/" + id.get() + "/publish", "", buyer).ok();
            out.add(id.get());
        }
        return out;
    }

    private static int call(HttpClient http, ConcurrentLinkedQueue<Sample> samples, String action, String method, String url,
                            String json, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        long t0 = System.nanoTime();
        int status;
        try {
            status = http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            status = -1;
        }
        samples.add(new Sample(action, status, (System.nanoTime() - t0) / 1e6));
        return status;
    }

    private static void report(Path results, ConcurrentLinkedQueue<Sample> samples, double seconds, long contacts, long expectedContacts,
                               long seenContacts, long responders, long seenResponded, double convergeMs) throws Exception {
        StringBuilder rows = new StringBuilder();
        long errors = 0;
        for (String action : List.of("browse", "search", "matched", "respond", "contact", "all")) {
            List<Double> ms = new ArrayList<>();
            long failed = 0;
            for (Sample s : samples) {
                if (action.equals("all") || s.action().equals(action)) {
                    ms.add(s.ms());
                    failed += s.status() >= 200 && s.status() < 300 ? 0 : 1;
                }
            }
            Collections.sort(ms);
            if (action.equals("all")) {
                errors = failed;
            }
            rows.append("| %s | %,d | %d | %.1f ms | %.1f ms | %.0f/s |%n".formatted(action, ms.size(), failed, Stats.pct(ms, 50),
                    Stats.pct(ms, 99), ms.size() / seconds));
        }
        String report = """
                # Load run: 50 users for 60 s through the gateway

                Measured by `./maillage bench load` on %s (%d cores; the four services, PostgreSQL, Kafka and the 50 simulated
                users share them). Each user is a signed-in sales person of its own enterprise, looping without pause over:
                browse the opportunities (35 %%), search the directory (20 %%), read its matched list (15 %%), respond to one of
                5 open calls or revise its response (15 %%), log a contact with the institution (15 %%).

                | action | requests | errors | p50 | p99 | throughput |
                |---|---|---|---|---|---|
                %s
                **Errors: %d.** **Lost writes: %s.** %,d contacts committed (the dashboard went from %,d to %,d, expected %,d);
                %d enterprise-opportunity pairs responded, the funnel shows %d. Reporting had caught up %.0f ms after the run.
                """.formatted(Instant.now(), Runtime.getRuntime().availableProcessors(), rows, errors,
                seenContacts == expectedContacts && seenResponded == responders ? "none" : "SOME (see the counts)", contacts,
                expectedContacts - contacts, seenContacts, expectedContacts, responders, seenResponded, convergeMs);
        Files.createDirectories(results);
        Files.writeString(results.resolve("load-run.md"), report);
        System.out.println(report);
    }
}
