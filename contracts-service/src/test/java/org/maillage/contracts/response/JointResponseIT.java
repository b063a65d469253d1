package org.maillage.contracts.response;

import io.micronaut.core.type.Argument;
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
import org.maillage.testkit.Listings;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.maillage.contracts.Fixtures.assertProblem;
import static org.maillage.contracts.Fixtures.assertStatus;

/**
 * A joint response names partners; a partner is counted (and becomes a supplier of the contract on award) only
 * if it confirmed its part before the deadline. Naming an institution, oneself or an unknown id is refused.
 */
class JointResponseIT extends ContractsServiceIT {

    private final UUID city = UUID.randomUUID();
    private final UUID lead = UUID.randomUUID();
    private final UUID partner = UUID.randomUUID();
    private final UUID silent = UUID.randomUUID();
    private final UUID stranger = UUID.randomUUID();

    @BeforeAll
    void knownOrganizations() {
        Fixtures.register(service, city, "INSTITUTION", "ACTIVE", "90100000", "06", List.of());
        for (UUID e : List.of(lead, partner, silent, stranger)) {
            Fixtures.register(service, e, "ENTERPRISE", "ACTIVE", "90100000", "06", List.of());
        }
        Fixtures.awaitKnown(service, city, lead, partner, silent, stranger);
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyPartnersThatConfirmedBeforeTheDeadlineBecomeSuppliers() {
        String buyer = tokens.token("BUYER", city, List.of());
        // long enough for the steps before it on a loaded machine (8 s was not), short enough to wait for
        LocalDateTime deadline = LocalDateTime.now(MontrealTime.ZONE).plusSeconds(25).truncatedTo(ChronoUnit.SECONDS);
        String id = (String) post("/api/opportunities", buyer, Map.of("titleFr", "Traiteur", "categories", List.of("90100000"),
                "regions", List.of("06"), "method", "INVITATION", "deadline", deadline.toString())).get("id");
        post("/api/opportunities/" + id + "/publish", buyer, "");
        String responses = "/api/opportunities/" + id + "/responses";
        String leadToken = tokens.token("SUPPLIER", lead, List.of());
        String partnerToken = tokens.token("SUPPLIER", partner, List.of());
        String silentToken = tokens.token("SUPPLIER", silent, List.of());

        assertProblem(400, "partners[0]", () -> respond(responses, leadToken, List.of(city)));
        assertProblem(400, "partners[0]", () -> respond(responses, leadToken, List.of(lead)));
        assertProblem(400, "partners[1]", () -> respond(responses, leadToken, List.of(partner, UUID.randomUUID())));
        assertProblem(400, "partners[1]", () -> respond(responses, leadToken, List.of(partner, partner)));
        Map<String, Object> submitted = respond(responses, leadToken, List.of(partner, silent));
        assertThat(submitted).containsEntry("confirmedPartners", List.of());
        String response = (String) submitted.get("id");

        List<Map<String, Object>> invited = Listings.items(http.toBlocking().retrieve(HttpRequest.GET(responses + "/partnerships").bearerAuth(partnerToken),
                JSON));
        assertThat(invited).singleElement().satisfies(p -> assertThat(p).containsEntry("responseId", response)
                .containsEntry("leadEnterpriseId", lead.toString()).containsEntry("confirmed", false).doesNotContainKey("priceCad"));
        assertThat(post(responses + "/" + response + "/partnership", partnerToken, "")).containsEntry("confirmed", true);
        assertStatus(404, () -> post(responses + "/" + response + "/partnership", tokens.token("SUPPLIER", stranger, List.of()), ""));
        assertThat(respond(responses, leadToken, List.of(partner, silent))).containsEntry("confirmedPartners", List.of(partner.toString()));

        await().atMost(Duration.ofSeconds(60)).until(() ->
                Boolean.FALSE.equals(http.toBlocking().retrieve(HttpRequest.GET(responses).bearerAuth(buyer), JSON).get("sealed")));
        assertProblem(409, "deadline", () -> post(responses + "/" + response + "/partnership", silentToken, ""));
        Map<String, Object> contract = post("/api/opportunities/" + id + "/award", buyer, Map.of("responseId", response));
        assertThat((List<String>) contract.get("supplierIds")).containsExactly(lead.toString(), partner.toString());

        // each submission announced the partners so that each is told; sealed: who leads and whom it names, nothing it offers
        List<ConsumerRecord<String, byte[]>> named = await().atMost(Duration.ofSeconds(20)).until(() -> partnersNamed(id), l -> l.size() == 2);
        assertThat(named).allSatisfy(e -> assertThat(new String(e.value(), StandardCharsets.UTF_8).replace(" ", ""))
                .contains("\"responseId\":\"" + response + "\"").contains("\"leadEnterpriseId\":\"" + lead + "\"")
                .contains("\"partnerIds\":[\"" + partner + "\",\"" + silent + "\"]")
                .doesNotContain("Offre").doesNotContain("price").doesNotContain("proposal"));
    }

    private List<ConsumerRecord<String, byte[]>> partnersNamed(String opportunity) {
        return TestEvents.readAll(service.kafkaBootstrapServers(), service.topicPrefix() + ContractsTopics.OPPORTUNITIES, 1).stream()
                .filter(r -> opportunity.equals(r.key()))
                .filter(r -> OpportunityEventTypes.PARTNERS_NAMED_V1.equals(TestEvents.header(r, "ce_type"))).toList();
    }

    private Map<String, Object> respond(String responses, String token, List<UUID> partners) {
        Map<String, Object> body = new HashMap<>(Map.of("priceCad", 30000, "proposal", "Offre conjointe"));
        body.put("partners", partners.stream().map(UUID::toString).toList());
        return http.toBlocking().retrieve(HttpRequest.PUT(responses + "/mine", body).bearerAuth(token), JSON);
    }
}
