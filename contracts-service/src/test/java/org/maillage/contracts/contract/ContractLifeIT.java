package org.maillage.contracts.contract;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.contracts.ContractsServiceIT;
import org.maillage.contracts.Fixtures;
import org.maillage.contracts.api.ContractEventTypes;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.testkit.TestEvents;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.maillage.contracts.Fixtures.assertProblem;
import static org.maillage.contracts.Fixtures.assertStatus;

/** A contract after it is made: started, amended with reasons, completed at its final value, as its parties see it. */
class ContractLifeIT extends ContractsServiceIT {

    private final UUID institution = UUID.randomUUID();
    private final UUID enterprise = UUID.randomUUID();
    private final UUID client = UUID.randomUUID();

    @BeforeAll
    void knownOrganizations() {
        Fixtures.register(service, institution, "INSTITUTION", "ACTIVE", "90100000", "06", List.of());
        Fixtures.register(service, enterprise, "ENTERPRISE", "ACTIVE", "90100000", "06", List.of());
        Fixtures.register(service, client, "ENTERPRISE", "ACTIVE", "90100000", "06", List.of());
        Fixtures.awaitKnown(service, institution, enterprise, client);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBuyerStartsAmendsAndCompletesAContractAndEachChangeIsKeptWithItsReason() {
        String buyer = tokens.token("BUYER", institution, List.of());
        String supplier = tokens.token("SUPPLIER", enterprise, List.of());
        String id = (String) post("/api/contracts", buyer, Map.of("buyerId", institution.toString(), "supplierIds", List.of(enterprise.toString()),
                "title", "Traiteur pour le colloque", "category", "90100000", "valueCad", 12000, "startsOn", "2026-03-01",
                "endsOn", "2026-06-30")).get("id");

        assertStatus(403, () -> post("/api/contracts/" + id + "/status", supplier, Map.of("status", "ACTIVE")));
        assertProblem(409, "status", () -> post("/api/contracts/" + id + "/status", buyer, Map.of("status", "COMPLETED")));
        assertThat(post("/api/contracts/" + id + "/status", buyer, Map.of("status", "ACTIVE"))).containsEntry("status", "ACTIVE");

        assertProblem(400, "reason", () -> post("/api/contracts/" + id + "/amendments", buyer, Map.of("valueCad", 13500)));
        assertProblem(400, "valueCad", () -> post("/api/contracts/" + id + "/amendments", buyer, Map.of("reason", "rien ne change")));
        assertProblem(400, "endsOn", () -> post("/api/contracts/" + id + "/amendments", buyer,
                Map.of("reason", "erreur", "endsOn", "2026-01-01")));
        Map<String, Object> amended = post("/api/contracts/" + id + "/amendments", buyer,
                Map.of("reason", "Ajout de 50 convives / 50 more guests", "valueCad", 13500, "endsOn", "2026-07-31"));
        assertThat(amended.get("valueCad").toString()).isEqualTo("13500");
        assertThat(amended).containsEntry("endsOn", "2026-07-31");

        assertProblem(400, "finalValueCad", () -> post("/api/contracts/" + id + "/status", buyer,
                Map.of("status", "TERMINATED", "reason", "fin", "finalValueCad", 10)));
        assertProblem(400, "reason", () -> post("/api/contracts/" + id + "/status", buyer, Map.of("status", "TERMINATED")));
        Map<String, Object> completed = post("/api/contracts/" + id + "/status", buyer, Map.of("status", "COMPLETED", "finalValueCad", 13275.50));
        assertThat(completed).containsEntry("status", "COMPLETED");
        assertThat(completed.get("finalValueCad").toString()).isEqualTo("13275.5");
        assertProblem(409, "status", () -> post("/api/contracts/" + id + "/amendments", buyer, Map.of("reason", "trop tard", "valueCad", 1)));

        Map<String, Object> seenBySupplier = http.toBlocking().retrieve(HttpRequest.GET("/api/contracts/" + id).bearerAuth(supplier), JSON);
        assertThat((List<Map<String, Object>>) seenBySupplier.get("history"))
                .extracting(h -> h.get("kind"), h -> h.get("status"), h -> h.get("reason"))
                .containsExactly(Tuple.tuple("STATUS", "ACTIVE", null),
                        Tuple.tuple("AMENDMENT", null, "Ajout de 50 convives / 50 more guests"),
                        Tuple.tuple("STATUS", "COMPLETED", null));

        await().atMost(Duration.ofSeconds(20)).until(() -> events(id).size() == 4);
        assertThat(events(id)).extracting(r -> TestEvents.header(r, "ce_type")).containsExactly(ContractEventTypes.RECORDED_V1,
                ContractEventTypes.STATUS_CHANGED_V1, ContractEventTypes.AMENDED_V1, ContractEventTypes.STATUS_CHANGED_V1);
        assertThat(new String(events(id).get(3).value())).containsPattern("\"finalValueCad\":\\s*13275.5");
    }

    /**
     * Issue 26, item 2: every amount that feeds the pilots' figures has a sane bound (one billion dollars), refused with a
     * problem naming its field: a contract's value, an amendment, a final value, a price (the contract's value on award) and
     * an opportunity's estimate. Nothing above it is recorded, so reporting's sums cannot overflow.
     */
    @Test
    void everyAmountAboveOneBillionDollarsIsRefusedNamingItsField() {
        String buyer = tokens.token("BUYER", institution, List.of());
        String tooMuch = "1000000000.01";
        Map<String, Object> contract = new HashMap<>(Map.of("buyerId", institution.toString(), "supplierIds", List.of(enterprise.toString()),
                "title", "Tour de bureaux", "category", "90100000", "valueCad", new BigDecimal(tooMuch)));
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class, () -> post("/api/contracts", buyer, contract));
        assertThat(refused.getStatus().getCode()).isEqualTo(400);
        assertThat(refused.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(refused.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"valueCad\"").contains("one billion");
        assertProblem(400, "valueCad", () -> post("/api/contracts", buyer, with(contract, "valueCad", new BigDecimal("999999999999.99"))));

        String id = (String) post("/api/contracts", buyer, with(contract, "valueCad", new BigDecimal("1000000000.00"))).get("id");
        post("/api/contracts/" + id + "/status", buyer, Map.of("status", "ACTIVE"));
        assertProblem(400, "valueCad", () -> post("/api/contracts/" + id + "/amendments", buyer,
                Map.of("reason", "Agrandissement", "valueCad", new BigDecimal(tooMuch))));
        assertProblem(400, "finalValueCad", () -> post("/api/contracts/" + id + "/status", buyer,
                Map.of("status", "COMPLETED", "finalValueCad", new BigDecimal(tooMuch))));

        Map<String, Object> opportunity = new HashMap<>(Map.of("titleFr", "Traiteur", "categories", List.of("90100000"), "regions", List.of("06"),
                "method", "INVITATION", "deadline", "2099-03-10T12:00", "estimatedValue", new BigDecimal(tooMuch)));
        assertProblem(400, "estimatedValue", () -> post("/api/opportunities", buyer, opportunity));
        String call = (String) post("/api/opportunities", buyer, with(opportunity, "estimatedValue", 90000)).get("id");
        post("/api/opportunities/" + call + "/publish", buyer, "");
        assertProblem(400, "priceCad", () -> http.toBlocking().exchange(HttpRequest.PUT("/api/opportunities/" + call + "/responses/mine",
                Map.of("priceCad", new BigDecimal(tooMuch), "proposal", "Offre")).bearerAuth(tokens.token("SUPPLIER", enterprise, List.of()))));
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    @Test
    void aDeclaredContractIsConfirmedBeforeItsBuyerMayChangeIt() {
        String seller = tokens.token("SUPPLIER", enterprise, List.of());
        String buyer = tokens.token("SUPPLIER", client, List.of());
        String id = (String) post("/api/contracts", seller, Map.of("buyerId", client.toString(), "supplierIds", List.of(enterprise.toString()),
                "title", "Déménagement de bureaux", "category", "78100000", "valueCad", 3000)).get("id");
        assertProblem(409, "confirmed", () -> post("/api/contracts/" + id + "/status", buyer, Map.of("status", "ACTIVE")));
        post("/api/contracts/" + id + "/confirm", buyer, "");
        assertProblem(400, "reason", () -> post("/api/contracts/" + id + "/status", buyer, Map.of("status", "CANCELLED", "reason", " ")));
        assertThat(post("/api/contracts/" + id + "/status", buyer, Map.of("status", "CANCELLED", "reason", "Projet reporté")))
                .containsEntry("status", "CANCELLED");
        assertStatus(404, () -> post("/api/contracts/" + id + "/status", tokens.token("BUYER", institution, List.of()),
                Map.of("status", "ACTIVE")));
    }

    private List<ConsumerRecord<String, byte[]>> events(String key) {
        return TestEvents.readAll(service.kafkaBootstrapServers(), service.topicPrefix() + ContractsTopics.CONTRACTS, 1).stream()
                .filter(r -> key.equals(r.key())).toList();
    }
}
