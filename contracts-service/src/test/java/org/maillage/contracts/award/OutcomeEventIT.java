package org.maillage.contracts.award;

import io.micronaut.http.HttpRequest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.contracts.ContractsServiceIT;
import org.maillage.contracts.Fixtures;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.contracts.opportunity.MontrealTime;
import org.maillage.testkit.TestEvents;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The decision tells each bidder its own outcome: the outcome event names every enterprise whose response stood, with WON,
 * REJECTED (and the buyer's reason) or NOT_RETAINED, before the state event; never a price.
 */
class OutcomeEventIT extends ContractsServiceIT {

    private final UUID city = UUID.randomUUID();
    private final UUID winner = UUID.randomUUID();
    private final UUID rejected = UUID.randomUUID();
    private final UUID standing = UUID.randomUUID();
    private final UUID withdrawn = UUID.randomUUID();

    @BeforeAll
    void knownOrganizations() {
        Fixtures.register(service, city, "INSTITUTION", "ACTIVE", "90100000", "06", List.of());
        for (UUID e : List.of(winner, rejected, standing, withdrawn)) {
            Fixtures.register(service, e, "ENTERPRISE", "ACTIVE", "90100000", "06", List.of());
        }
        Fixtures.awaitKnown(service, city, winner, rejected, standing, withdrawn);
    }

    @Test
    void anAwardNamesTheWinnerTheRejectedWithItsReasonAndTheOthersNotRetained() {
        String id = closedWithResponses();
        String base = "/api/opportunities/" + id;
        http.toBlocking().exchange(HttpRequest.POST(base + "/responses/" + responseOf(id, rejected) + "/reject",
                Map.of("reason", "Aucune expérience en milieu hospitalier")).bearerAuth(buyer()));
        http.toBlocking().exchange(HttpRequest.POST(base + "/responses/" + responseOf(id, standing) + "/shortlist", "").bearerAuth(buyer()));
        post(base + "/award", buyer(), Map.of("responseId", responseOf(id, winner)));

        List<ConsumerRecord<String, byte[]>> decided = awaitDecision(id, OpportunityEventTypes.AWARDED_V1);
        assertThat(decided).extracting(r -> TestEvents.header(r, "ce_type"))
                .containsExactly(OpportunityEventTypes.OUTCOME_V1, OpportunityEventTypes.AWARDED_V1);
        String outcome = body(decided.get(0));
        assertThat(outcome).containsPattern("\"decision\":\\s*\"AWARDED\"").containsPattern("\"reason\":\\s*null");
        assertThat(bidder(outcome, winner)).containsPattern("\"result\":\\s*\"WON\"").containsPattern("\"reason\":\\s*null");
        assertThat(bidder(outcome, rejected)).containsPattern("\"result\":\\s*\"REJECTED\"")
                .containsPattern("\"reason\":\\s*\"Aucune expérience en milieu hospitalier\"");
        assertThat(bidder(outcome, standing)).containsPattern("\"result\":\\s*\"NOT_RETAINED\"");
        // a withdrawn response is no bidder; and the event is sealed like the responses
        assertThat(outcome).doesNotContain(withdrawn.toString()).doesNotContain("41000").doesNotContain("Menus");
    }

    @Test
    void anOpportunityEndedWithoutContractCarriesItsReasonAndEachBiddersOutcome() {
        String id = closedWithResponses();
        String base = "/api/opportunities/" + id;
        http.toBlocking().exchange(HttpRequest.POST(base + "/responses/" + responseOf(id, rejected) + "/reject",
                Map.of("reason", "Prix au-dessus du budget")).bearerAuth(buyer()));
        http.toBlocking().exchange(HttpRequest.POST(base + "/unsuccessful", Map.of("reason", "Besoin reporté à l'an prochain"))
                .bearerAuth(buyer()));

        List<ConsumerRecord<String, byte[]>> decided = awaitDecision(id, OpportunityEventTypes.UNSUCCESSFUL_V1);
        assertThat(decided).extracting(r -> TestEvents.header(r, "ce_type"))
                .containsExactly(OpportunityEventTypes.OUTCOME_V1, OpportunityEventTypes.UNSUCCESSFUL_V1);
        String outcome = body(decided.get(0));
        assertThat(outcome).containsPattern("\"decision\":\\s*\"UNSUCCESSFUL\"")
                .containsPattern("\"reason\":\\s*\"Besoin reporté à l'an prochain\"");
        assertThat(bidder(outcome, rejected)).containsPattern("\"result\":\\s*\"REJECTED\"").contains("Prix au-dessus du budget");
        assertThat(bidder(outcome, winner)).containsPattern("\"result\":\\s*\"NOT_RETAINED\"");
        assertThat(bidder(outcome, standing)).containsPattern("\"result\":\\s*\"NOT_RETAINED\"");
        assertThat(outcome).doesNotContain(withdrawn.toString());
    }

    /** A published opportunity whose deadline has passed, with three standing responses and a withdrawn one. */
    private String closedWithResponses() {
        Map<String, Object> f = new HashMap<>(Map.of("titleFr", "Repas des patients", "categories", List.of("90100000"),
                "regions", List.of("06"), "method", "INVITATION",
                "deadline", LocalDateTime.now(MontrealTime.ZONE).plusSeconds(8).withNano(0).toString()));
        String id = (String) post("/api/opportunities", buyer(), f).get("id");
        post("/api/opportunities/" + id + "/publish", buyer(), "");
        int price = 41000;
        for (UUID e : List.of(winner, rejected, standing, withdrawn)) {
            http.toBlocking().exchange(HttpRequest.PUT("/api/opportunities/" + id + "/responses/mine",
                    Map.of("priceCad", price++, "proposal", "Menus du jour")).bearerAuth(supplier(e)));
        }
        http.toBlocking().exchange(HttpRequest.DELETE("/api/opportunities/" + id + "/responses/mine").bearerAuth(supplier(withdrawn)));
        await().atMost(Duration.ofSeconds(20)).until(() -> Boolean.FALSE.equals(http.toBlocking()
                .retrieve(HttpRequest.GET("/api/opportunities/" + id + "/responses").bearerAuth(buyer()), JSON).get("sealed")));
        return id;
    }

    private String responseOf(String opportunity, UUID enterprise) {
        return (String) http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + opportunity + "/responses/mine")
                .bearerAuth(supplier(enterprise)), JSON).get("id");
    }

    /** The decision's events, in topic order, once the state event is there. */
    private List<ConsumerRecord<String, byte[]>> awaitDecision(String opportunity, String stateType) {
        List<String> decisions = List.of(OpportunityEventTypes.OUTCOME_V1, stateType);
        return await().atMost(Duration.ofSeconds(20)).until(() -> TestEvents.readAll(service.kafkaBootstrapServers(),
                        service.topicPrefix() + ContractsTopics.OPPORTUNITIES, 1).stream().filter(r -> opportunity.equals(r.key()))
                .filter(r -> decisions.contains(TestEvents.header(r, "ce_type"))).toList(), l -> l.size() == 2);
    }

    private static String body(ConsumerRecord<String, byte[]> r) {
        return new String(r.value(), StandardCharsets.UTF_8);
    }

    /** The JSON object of one bidder in the outcome event. */
    private static String bidder(String outcome, UUID enterprise) {
        var m = Pattern.compile("\\{[^{}]*\"enterpriseId\":\\s*\"" + enterprise + "\"[^{}]*}").matcher(outcome);
        assertThat(m.find()).as("bidder " + enterprise).isTrue();
        return m.group();
    }

    private String buyer() {
        return tokens.token("BUYER", city, List.of());
    }

    private String supplier(UUID enterprise) {
        return tokens.token("SUPPLIER", enterprise, List.of());
    }
}
