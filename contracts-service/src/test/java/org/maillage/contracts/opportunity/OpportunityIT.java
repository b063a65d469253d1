package org.maillage.contracts.opportunity;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.contracts.Fixtures;
import org.maillage.contracts.OwnContractsServiceIT;
import org.maillage.testkit.Listings;
import org.maillage.testkit.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.maillage.contracts.Fixtures.assertProblem;
import static org.maillage.contracts.Fixtures.assertStatus;

/** Opportunities from draft to close, as buyers and visitors meet them, on a real database and broker. */
/*
 * A context, database and topics of its own, not the module's shared one (ContractsServiceIT): its closer runs every
 * second instead of every 5 s, and one test closes, as two instances at once, every opportunity of the database due
 * by a given time.
 */
@MicronautTest(transactional = false)
class OpportunityIT extends OwnContractsServiceIT {

    private final UUID institution = UUID.randomUUID();
    private final UUID otherInstitution = UUID.randomUUID();
    private final UUID inactive = UUID.randomUUID();

    @Inject
    OpportunityService opportunities;

    OpportunityIT() {
        super("opportunities");
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("maillage.opportunities.closer.every", "1s");
        return p;
    }

    @BeforeAll
    void knownOrganizations() {
        register(institution, "ACTIVE");
        register(otherInstitution, "ACTIVE");
        register(inactive, "INACTIVE");
        awaitKnown(institution, otherInstitution, inactive);
    }

    @Test
    void aDeadlineWithAnOffsetIsThatInstantAndOneWithoutIsMontrealTime() {
        String buyer = buyer(institution);
        Map<String, String> sentToStored = Map.of(
                "2099-02-15T12:00:00Z", "2099-02-15T12:00:00Z",
                "2099-02-15T12:00:00+00:00", "2099-02-15T12:00:00Z",
                "2099-02-15T12:00:00-05:00", "2099-02-15T17:00:00Z",
                "2099-02-15T12:00:00+02:00", "2099-02-15T10:00:00Z",
                "2099-02-15T12:00", "2099-02-15T17:00:00Z");
        sentToStored.forEach((sent, stored) -> {
            Map<String, Object> f = form(LocalDateTime.of(2099, 1, 1, 0, 0));
            f.put("deadline", sent);
            assertThat(draft(buyer, f)).as(sent).containsEntry("deadline", stored);
        });
        String id = (String) draft(buyer, form(LocalDateTime.of(2099, 3, 10, 12, 0))).get("id");
        post("/api/opportunities/" + id + "/publish", buyer, "");
        assertThat(post("/api/opportunities/" + id + "/amendments", buyer, Map.of("summary", "Report", "deadline", "2099-03-17T12:00:00Z")))
                .containsEntry("deadline", "2099-03-17T12:00:00Z");

        for (String unreadable : List.of("15/02/2099", "2099-02-15", "demain midi")) {
            Map<String, Object> f = form(LocalDateTime.of(2099, 1, 1, 0, 0));
            f.put("deadline", unreadable);
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> draft(buyer, f));
            assertThat(e.getStatus().getCode()).isEqualTo(400);
            assertThat(e.getResponse().getBody(String.class).orElseThrow()).as(unreadable)
                    .contains("\"field\":\"deadline\"").contains("2027-02-15T12:00").doesNotContain("Exception");
        }
    }

    @Test
    void aDraftIsTheBuyersAloneUntilPublishedThenAmendedOnlyLater() {
        String buyer = buyer(institution);
        LocalDateTime deadline = LocalDateTime.of(2099, 3, 10, 12, 0);
        Map<String, Object> withContact = form(deadline);
        withContact.put("contactName", "Sophie Tremblay, agente d'approvisionnement");
        withContact.put("contactEmail", "sophie.tremblay@ville.test");
        Map<String, Object> drafted = draft(buyer, withContact);
        String id = (String) drafted.get("id");
        assertThat(drafted).containsEntry("status", "DRAFT").containsEntry("deadline", "2099-03-10T16:00:00Z")
                .containsEntry("deadlineMontreal", "2099-03-10T12:00:00-04:00");
        assertStatus(404, () -> http.toBlocking().exchange(HttpRequest.GET("/api/opportunities/" + id)));
        assertStatus(404, () -> http.toBlocking().exchange(HttpRequest.GET("/api/opportunities/" + id).bearerAuth(buyer(otherInstitution))));
        assertThat(Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/mine").bearerAuth(buyer), JSON)))
                .extracting(o -> o.get("id")).contains(id);
        assertThat(Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/mine").bearerAuth(buyer(otherInstitution)),
                JSON))).extracting(o -> o.get("id")).doesNotContain(id);

        Map<String, Object> published = post("/api/opportunities/" + id + "/publish", buyer, "");
        assertThat(published).containsEntry("status", "PUBLISHED");
        Map<String, Object> seen = http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + id), JSON);
        assertThat(seen.get("estimatedValue")).isNull();
        assertThat(seen).containsEntry("valueWithheld", true).containsEntry("contactEmail", "sophie.tremblay@ville.test");

        HttpClientResponseException earlier = assertThrows(HttpClientResponseException.class, () -> post("/api/opportunities/" + id + "/amendments",
                buyer, Map.of("summary", "Plus tôt", "deadline", "2099-03-09T12:00")));
        assertThat(earlier.getStatus().getCode()).isEqualTo(400);
        assertThat(earlier.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"deadline\"");
        Map<String, Object> amended = post("/api/opportunities/" + id + "/amendments", buyer,
                Map.of("summary", "Report d'une semaine / one week later", "deadline", "2099-03-17T12:00"));
        assertThat((List<?>) amended.get("amendments")).hasSize(1);
        assertThat(amended).containsEntry("deadline", "2099-03-17T16:00:00Z");

        assertStatus(403, () -> post("/api/opportunities/" + id + "/cancel", buyer(otherInstitution), Map.of("reason", "pas à moi")));

        String asker = tokens.token("SUPPLIER", otherInstitution, List.of());
        String questionId = (String) post("/api/opportunities/" + id + "/questions", asker,
                Map.of("question", "Les repas végétariens sont-ils requis ?")).get("id");
        assertStatus(403, () -> post("/api/opportunities/" + id + "/questions/" + questionId + "/answer", asker, Map.of("answer", "Oui")));
        post("/api/opportunities/" + id + "/questions/" + questionId + "/answer", buyer, Map.of("answer", "Oui, 30 % des repas."));
        List<Map<String, Object>> qa = Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + id + "/questions"),
                JSON));
        assertThat(qa).singleElement().satisfies(q -> assertThat(q).containsEntry("answer", "Oui, 30 % des repas.")
                .doesNotContainKey("enterpriseId"));
        List<String> types = events(id).stream().map(r -> TestEvents.header(r, "ce_type")).toList();
        assertThat(types).containsExactly(OpportunityEventTypes.PUBLISHED_V1, OpportunityEventTypes.MATCHED_V1, OpportunityEventTypes.AMENDED_V1,
                OpportunityEventTypes.QUESTION_ASKED_V2, OpportunityEventTypes.QUESTION_ANSWERED_V1);
        // the question goes to the notice's contact, as the notice shows it (notification-service tells that person)
        assertThat(new String(events(id).get(3).value())).containsPattern("\"buyerId\":\\s*\"" + institution + "\"")
                .containsPattern("\"contactEmail\":\\s*\"sophie.tremblay@ville.test\"")
                .containsPattern("\"contactName\":\\s*\"Sophie Tremblay, agente d'approvisionnement\"")
                .containsPattern("\"question\":\\s*\"Les repas végétariens sont-ils requis \\?\"");
        // the asker is named on the topic (it hears the answer by email), never on the public list above
        assertThat(new String(events(id).get(4).value())).containsPattern("\"askedBy\":\\s*\"" + otherInstitution + "\"")
                .containsPattern("\"answer\":\\s*\"Oui, 30 % des repas.\"");
        assertThat(new String(events(id).get(0).value())).containsPattern("\"estimatedValue\":\\s*null").doesNotContain("75000");
    }

    /** A draft cancelled before publication stays the buyer's alone: not readable, not listed, not on the topic. */
    @Test
    void aDraftCancelledBeforePublicationIsNeverPublic() {
        String buyer = buyer(institution);
        Map<String, Object> withContact = form(LocalDateTime.of(2099, 5, 1, 12, 0));
        withContact.put("valueWithheld", false);
        withContact.put("contactEmail", "confidentiel@ville.test");
        String id = (String) draft(buyer, withContact).get("id");
        assertThat(post("/api/opportunities/" + id + "/cancel", buyer, Map.of("reason", "Besoin revu")))
                .containsEntry("status", "CANCELLED");

        assertStatus(404, () -> http.toBlocking().exchange(HttpRequest.GET("/api/opportunities/" + id)));
        String supplier = tokens.token("SUPPLIER", otherInstitution, List.of());
        for (String token : List.of(buyer(otherInstitution), supplier)) {
            assertStatus(404, () -> http.toBlocking().exchange(HttpRequest.GET("/api/opportunities/" + id).bearerAuth(token)));
        }
        assertStatus(404, () -> http.toBlocking().exchange(HttpRequest.GET("/api/opportunities/" + id + "/questions")));
        assertStatus(404, () -> post("/api/opportunities/" + id + "/questions", supplier, Map.of("question", "Budget ?")));
        assertStatus(404, () -> post("/api/opportunities/" + id + "/interest", supplier, Map.of("interested", true)));
        assertStatus(404, () -> post("/api/opportunities/" + id + "/award", buyer(otherInstitution),
                Map.of("responseId", UUID.randomUUID().toString())));
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities"), String.class)).doesNotContain(id)
                .doesNotContain("confidentiel@ville.test");
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + id).bearerAuth(buyer), JSON))
                .containsEntry("status", "CANCELLED").containsEntry("contactEmail", "confidentiel@ville.test");
        String later = (String) draft(buyer, form(LocalDateTime.of(2099, 5, 2, 12, 0))).get("id");
        post("/api/opportunities/" + later + "/publish", buyer, "");
        await().atMost(Duration.ofSeconds(20)).until(() -> !events(later).isEmpty());
        assertThat(events(id)).isEmpty();
    }

    @Test
    void theSchedulerClosesAnOpportunityAtItsDeadlineExactlyOnce() {
        String buyer = buyer(institution);
        LocalDateTime soon = LocalDateTime.now(MontrealTime.ZONE).plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        String id = (String) draft(buyer, form(soon)).get("id");
        post("/api/opportunities/" + id + "/publish", buyer, "");

        await().atMost(Duration.ofSeconds(20)).until(() ->
                "CLOSED".equals(http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + id), JSON).get("status")));
        await().atMost(Duration.ofSeconds(10)).until(() -> events(id).size() == 3);
        assertThat(events(id)).extracting(r -> TestEvents.header(r, "ce_type"))
                .containsExactly(OpportunityEventTypes.PUBLISHED_V1, OpportunityEventTypes.MATCHED_V1, OpportunityEventTypes.CLOSED_V1);
    }

    @Test
    void twoInstancesClosingAtOnceCloseEachOpportunityOnce() throws Exception {
        String buyer = buyer(otherInstitution);
        // far enough ahead for ten publications on a loaded machine; the two closers are told it is later still
        LocalDateTime later = LocalDateTime.now(MontrealTime.ZONE).plusSeconds(30);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String id = (String) draft(buyer, form(later)).get("id");
            post("/api/opportunities/" + id + "/publish", buyer, "");
            ids.add(id);
        }
        Instant after = later.plusSeconds(1).atZone(MontrealTime.ZONE).toInstant();
        // as two instances would: separate transactions racing for the same due rows
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> close(after));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> close(after));
        int closed = first.get() + second.get();

        assertThat(closed).isLessThanOrEqualTo(10);
        for (String id : ids) {
            await().atMost(Duration.ofSeconds(20)).until(() -> events(id).size() == 3);
            assertThat(events(id)).extracting(r -> TestEvents.header(r, "ce_type"))
                    .containsExactly(OpportunityEventTypes.PUBLISHED_V1, OpportunityEventTypes.MATCHED_V1, OpportunityEventTypes.CLOSED_V1);
        }
    }

    @Test
    void badInputAndUnfitBuyersAreRefusedWithAClearProblem() {
        Map<String, Object> noTitle = form(LocalDateTime.now().plusDays(3));
        noTitle.remove("titleFr");
        noTitle.remove("titleEn");
        assertProblem(400, "titleFr", () -> draft(buyer(institution), noTitle));
        Map<String, Object> badClause = form(LocalDateTime.now().plusDays(3));
        badClause.put("socialClauses", List.of("social.smeInclusion", "social.notAGoal"));
        assertProblem(400, "socialClauses[1]", () -> draft(buyer(institution), badClause));
        Map<String, Object> badEmail = form(LocalDateTime.now().plusDays(3));
        badEmail.put("contactEmail", "pas-un-courriel");
        assertProblem(400, "contactEmail", () -> draft(buyer(institution), badEmail));
        assertProblem(409, "buyer", () -> draft(buyer(inactive), form(LocalDateTime.now().plusDays(3))));
        assertStatus(404, () -> draft(buyer(UUID.randomUUID()), form(LocalDateTime.now().plusDays(3))));
        assertStatus(403, () -> http.toBlocking().exchange(HttpRequest.POST("/api/opportunities", form(LocalDateTime.now().plusDays(3)))
                .bearerAuth(tokens.token("COORDINATOR", null, List.of()))));
        assertStatus(401, () -> http.toBlocking().exchange(HttpRequest.POST("/api/opportunities", form(LocalDateTime.now().plusDays(3)))));
        String past = (String) draft(buyer(institution), form(LocalDateTime.now(MontrealTime.ZONE).minusHours(1))).get("id");
        assertProblem(400, "deadline", () -> post("/api/opportunities/" + past + "/publish", buyer(institution), ""));
    }

    @Test
    void publishingNotifiesTheActiveEnterprisesThatFitAndRecordsTheirInterest() {
        UUID fits = UUID.randomUUID();
        UUID segment = UUID.randomUUID();
        UUID otherField = UUID.randomUUID();
        UUID inactiveEnterprise = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        register(fits, "ENTERPRISE", "ACTIVE", "91110000", "06");
        register(segment, "ENTERPRISE", "ACTIVE", "91000000", "06");
        register(otherField, "ENTERPRISE", "ACTIVE", "82120000", "06");
        register(inactiveEnterprise, "ENTERPRISE", "INACTIVE", "91110000", "06");
        register(elsewhere, "ENTERPRISE", "ACTIVE", "91110000", "05");
        awaitKnown(elsewhere);
        Map<String, Object> body = form(LocalDateTime.now().plusDays(5));
        body.put("categories", List.of("91110000"));
        String id = (String) draft(buyer(institution), body).get("id");
        post("/api/opportunities/" + id + "/publish", buyer(institution), "");

        assertThat(matchedTo(fits)).containsExactly(id);
        assertThat(matchedTo(segment)).containsExactly(id);
        assertThat(matchedTo(otherField)).isEmpty();
        assertThat(matchedTo(elsewhere)).isEmpty();
        assertThat(new String(events(id).get(0).value())).containsPattern("\"matchedEnterprises\":\\s*2");

        String supplier = tokens.token("SUPPLIER", fits, List.of());
        http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + id).bearerAuth(supplier), JSON);
        http.toBlocking().exchange(HttpRequest.POST("/api/opportunities/" + id + "/interest", Map.of("interested", true)).bearerAuth(supplier));
        String notUs = tokens.token("SUPPLIER", segment, List.of());
        assertProblem(400, "reason", () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/opportunities/" + id + "/interest", Map.of("interested", false)).bearerAuth(notUs)));
        http.toBlocking().exchange(HttpRequest.POST("/api/opportunities/" + id + "/interest",
                Map.of("interested", false, "reason", "TIMING", "reasonText", "Trop occupés en mars")).bearerAuth(notUs));

        await().atMost(Duration.ofSeconds(20)).until(() -> events(id).size() == 4);
        assertThat(events(id)).extracting(r -> TestEvents.header(r, "ce_type")).containsExactly(OpportunityEventTypes.PUBLISHED_V1,
                OpportunityEventTypes.MATCHED_V1, OpportunityEventTypes.INTEREST_V1, OpportunityEventTypes.INTEREST_V1);
        assertThat(new String(events(id).get(1).value())).contains(fits.toString());
        assertThat(new String(events(id).get(3).value())).contains("TIMING").doesNotContain("Trop occupés");
    }

    @Test
    void responsesStaySealedUntilTheDeadlineThenTheBuyerSeesThemAll() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        register(a, "ENTERPRISE", "ACTIVE", "90100000", "06");
        register(b, "ENTERPRISE", "ACTIVE", "90100000", "06");
        awaitKnown(a, b);
        String buyer = buyer(institution);
        String id = (String) draft(buyer, form(LocalDateTime.now(MontrealTime.ZONE).plusSeconds(6))).get("id");
        post("/api/opportunities/" + id + "/publish", buyer, "");
        String supplierA = tokens.token("SUPPLIER", a, List.of());
        String supplierB = tokens.token("SUPPLIER", b, List.of());
        String responses = "/api/opportunities/" + id + "/responses";

        respond(responses, supplierA, 52000);
        respond(responses, supplierA, 49500);
        respond(responses, supplierB, 61000);
        assertThat(http.toBlocking().retrieve(HttpRequest.GET(responses + "/mine").bearerAuth(supplierA), JSON))
                .containsEntry("priceCad", 49500.0);
        Map<String, Object> sealed = http.toBlocking().retrieve(HttpRequest.GET(responses).bearerAuth(buyer), JSON);
        assertThat(sealed).containsEntry("count", 2).containsEntry("sealed", true).containsEntry("responses", List.of());
        assertThat(new String(http.toBlocking().retrieve(HttpRequest.GET(responses).bearerAuth(buyer)))).doesNotContain("49500");
        assertStatus(403, () -> http.toBlocking().exchange(HttpRequest.GET(responses).bearerAuth(supplierB)));
        assertStatus(403, () -> http.toBlocking().exchange(HttpRequest.GET(responses).bearerAuth(buyer(otherInstitution))));
        http.toBlocking().exchange(HttpRequest.DELETE(responses + "/mine").bearerAuth(supplierB));
        assertThat(http.toBlocking().retrieve(HttpRequest.GET(responses).bearerAuth(buyer), JSON)).containsEntry("count", 1);

        await().atMost(Duration.ofSeconds(20)).until(() ->
                Boolean.FALSE.equals(http.toBlocking().retrieve(HttpRequest.GET(responses).bearerAuth(buyer), JSON).get("sealed")));
        assertProblem(409, "deadline", () -> respond(responses, supplierA, 1000));
        List<Map<String, Object>> opened = (List<Map<String, Object>>) http.toBlocking().retrieve(HttpRequest.GET(responses).bearerAuth(buyer), JSON)
                .get("responses");
        assertThat(opened).singleElement().satisfies(r -> assertThat(r).containsEntry("priceCad", 49500.0).containsEntry("enterpriseId", a.toString()));
        assertThat(events(id).stream().map(r -> new String(r.value())).filter(v -> v.contains("49500") || v.contains("52000"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBuyerDecidesOnlyAfterTheDeadlineAndTwoRacingAwardsMakeOneContract() throws Exception {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        for (UUID e : List.of(a, b, c)) {
            register(e, "ENTERPRISE", "ACTIVE", "90100000", "06");
        }
        awaitKnown(a, b, c);
        String buyer = buyer(institution);
        String id = (String) draft(buyer, form(LocalDateTime.now(MontrealTime.ZONE).plusSeconds(6))).get("id");
        post("/api/opportunities/" + id + "/publish", buyer, "");
        String responses = "/api/opportunities/" + id + "/responses";
        respond(responses, tokens.token("SUPPLIER", a, List.of()), 40000);
        respond(responses, tokens.token("SUPPLIER", b, List.of()), 39000);
        respond(responses, tokens.token("SUPPLIER", c, List.of()), 45000);
        String withdrawn = (String) http.toBlocking().retrieve(HttpRequest.GET(responses + "/mine")
                .bearerAuth(tokens.token("SUPPLIER", b, List.of())), JSON).get("id");
        http.toBlocking().exchange(HttpRequest.DELETE(responses + "/mine").bearerAuth(tokens.token("SUPPLIER", b, List.of())));
        String responseA = (String) http.toBlocking().retrieve(HttpRequest.GET(responses + "/mine")
                .bearerAuth(tokens.token("SUPPLIER", a, List.of())), JSON).get("id");
        String responseC = (String) http.toBlocking().retrieve(HttpRequest.GET(responses + "/mine")
                .bearerAuth(tokens.token("SUPPLIER", c, List.of())), JSON).get("id");

        assertProblem(409, "deadline", () -> post("/api/opportunities/" + id + "/award", buyer, Map.of("responseId", responseA)));
        // no award notice before there is an award
        assertStatus(404, () -> http.toBlocking().exchange(HttpRequest.GET("/api/opportunities/" + id + "/award")));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                Boolean.FALSE.equals(http.toBlocking().retrieve(HttpRequest.GET(responses).bearerAuth(buyer), JSON).get("sealed")));

        assertStatus(403, () -> post("/api/opportunities/" + id + "/award", buyer(otherInstitution), Map.of("responseId", responseA)));
        http.toBlocking().exchange(HttpRequest.POST("/api/opportunities/" + id + "/responses/" + responseC + "/reject",
                Map.of("reason", "Prix au-dessus du budget")).bearerAuth(buyer));
        assertProblem(409, "responseId", () -> post("/api/opportunities/" + id + "/award", buyer, Map.of("responseId", withdrawn)));
        http.toBlocking().exchange(HttpRequest.POST("/api/opportunities/" + id + "/responses/" + responseA + "/shortlist", "").bearerAuth(buyer));
        assertThat((List<Map<String, Object>>) http.toBlocking().retrieve(HttpRequest.GET(responses).bearerAuth(buyer), JSON).get("responses"))
                .extracting(r -> r.get("status")).containsExactlyInAnyOrder("SHORTLISTED", "REJECTED");

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> awardStatus(id, buyer, responseA));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> awardStatus(id, buyer, responseA));
        assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(201, 409);
        try (var conn = service.database().connect(); var rs = conn.createStatement().executeQuery(
                "select count(*), min(value_cad) from contract where opportunity_id = '" + id + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("40000");
        }
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + id), JSON)).containsEntry("status", "AWARDED");
        // the award notice, public as SEAO's: who won, for how much, when (issue 30, item 10)
        Map<String, Object> notice = http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + id + "/award"), JSON);
        assertThat(notice).containsEntry("supplierIds", List.of(a.toString())).containsKey("awardedAt");
        assertThat(new java.math.BigDecimal(notice.get("valueCad").toString())).isEqualByComparingTo("40000");
        assertProblem(409, "status", () -> post("/api/opportunities/" + id + "/unsuccessful", buyer, Map.of("reason", "trop tard")));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestEvents.readAll(service.kafkaBootstrapServers(),
                service.topicPrefix() + ContractsTopics.CONTRACTS, 1).stream().anyMatch(r -> new String(r.value()).contains(id)));
    }

    @Test
    void aContractDeclaredByOnePartyCountsOnlyOnceTheOtherConfirmsIt() {
        UUID seller = UUID.randomUUID();
        UUID client = UUID.randomUUID();
        register(seller, "ENTERPRISE", "ACTIVE", "82120000", "06");
        register(client, "ENTERPRISE", "ACTIVE", "90100000", "06");
        awaitKnown(seller, client);
        String sellerToken = tokens.token("SUPPLIER", seller, List.of());
        String clientToken = tokens.token("SUPPLIER", client, List.of());
        Map<String, Object> declared = post("/api/contracts", sellerToken, Map.of("buyerId", client.toString(),
                "supplierIds", List.of(seller.toString()), "title", "Impression des menus", "category", "82120000", "valueCad", 2400));
        String id = (String) declared.get("id");
        assertThat(declared).containsEntry("origin", "BETWEEN_ENTERPRISES").containsEntry("confirmed", false);

        assertProblem(409, "confirmed", () -> post("/api/contracts/" + id + "/confirm", sellerToken, ""));
        assertStatus(404, () -> http.toBlocking().exchange(HttpRequest.GET("/api/contracts/" + id).bearerAuth(buyer(institution))));
        assertThat(post("/api/contracts/" + id + "/confirm", clientToken, "")).containsEntry("confirmed", true);

        Map<String, Object> direct = post("/api/contracts", buyer(institution), Map.of("buyerId", institution.toString(),
                "supplierIds", List.of(seller.toString()), "title", "Affiches", "category", "82120000", "valueCad", 900));
        assertThat(direct).containsEntry("origin", "DIRECT").containsEntry("confirmed", true);
        assertProblem(400, "buyerId", () -> post("/api/contracts", buyer(otherInstitution), Map.of("buyerId", institution.toString(),
                "supplierIds", List.of(seller.toString()), "title", "Pas le mien", "category", "82120000", "valueCad", 100)));
        assertProblem(400, "valueCad", () -> post("/api/contracts", sellerToken, Map.of("buyerId", client.toString(),
                "supplierIds", List.of(seller.toString()), "title", "Négatif", "category", "82120000", "valueCad", -5)));

        await().atMost(Duration.ofSeconds(20)).until(() -> TestEvents.readAll(service.kafkaBootstrapServers(),
                service.topicPrefix() + ContractsTopics.CONTRACTS, 1).stream().filter(r -> id.equals(r.key())).count() == 2);
    }

    private int awardStatus(String opportunity, String buyer, String response) {
        try {
            return http.toBlocking().exchange(HttpRequest.POST("/api/opportunities/" + opportunity + "/award", Map.of("responseId", response))
                    .bearerAuth(buyer)).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private void respond(String responses, String token, int price) {
        http.toBlocking().exchange(HttpRequest.PUT(responses + "/mine", Map.of("priceCad", price,
                "proposal", "Menus du jour préparés par notre équipe en insertion")).bearerAuth(token));
    }

    private List<Object> matchedTo(UUID enterprise) {
        List<Map<String, Object>> matched = Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/matched")
                .bearerAuth(tokens.token("SUPPLIER", enterprise, List.of())), JSON));
        return matched.stream().map(m -> m.get("id")).toList();
    }

    private int close(Instant now) {
        try {
            return opportunities.closeDue(now);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void register(UUID id, String status) {
        register(id, "INSTITUTION", status, "90100000", "06");
    }

    private void register(UUID id, String kind, String status, String category, String region) {
        Fixtures.register(service, id, kind, status, category, region, List.of());
    }

    private void awaitKnown(UUID... ids) {
        Fixtures.awaitKnown(service, ids);
    }

    private String buyer(UUID organization) {
        return tokens.token("BUYER", organization, List.of());
    }

    private static Map<String, Object> form(LocalDateTime deadline) {
        return new HashMap<>(Map.of("titleFr", "Service de traiteur pour la cafétéria", "titleEn", "Cafeteria catering",
                "categories", List.of("90100000"), "regions", List.of("06"), "method", "INVITATION",
                "estimatedValue", 75000, "valueWithheld", true, "deadline", deadline.toString(),
                "socialClauses", List.of("social.smeInclusion", "economic.localEconomyPromotion")));
    }

    private Map<String, Object> draft(String token, Map<String, Object> body) {
        return post("/api/opportunities", token, body);
    }

    private List<ConsumerRecord<String, byte[]>> events(String key) {
        return TestEvents.readAll(service.kafkaBootstrapServers(), service.topicPrefix() + ContractsTopics.OPPORTUNITIES, 1).stream()
                .filter(r -> key.equals(r.key())).toList();
    }
}
