package org.maillage.contracts.contract;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.contracts.ContractsServiceIT;
import org.maillage.contracts.Fixtures;
import org.maillage.contracts.api.ContractEventTypes;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.testkit.Listings;
import org.maillage.testkit.TestEvents;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.maillage.contracts.Fixtures.assertProblem;
import static org.maillage.contracts.Fixtures.assertStatus;

/**
 * Contracts said to be made with an institution count only on that institution's word: two enterprises cannot
 * put a contract "with" the city into the pilot's results by confirming it between themselves.
 */
class DeclaredContractIT extends ContractsServiceIT {

    private final UUID city = UUID.randomUUID();
    private final UUID college = UUID.randomUUID();
    private final UUID declarer = UUID.randomUUID();
    private final UUID accomplice = UUID.randomUUID();
    private final UUID client = UUID.randomUUID();

    @BeforeAll
    void knownOrganizations() {
        Fixtures.register(service, city, "INSTITUTION", "ACTIVE", "90100000", "06", List.of());
        Fixtures.register(service, college, "INSTITUTION", "ACTIVE", "90100000", "06", List.of());
        Fixtures.register(service, declarer, "ENTERPRISE", "ACTIVE", "90100000", "06", List.of());
        Fixtures.register(service, accomplice, "ENTERPRISE", "ACTIVE", "90100000", "06", List.of());
        Fixtures.register(service, client, "ENTERPRISE", "ACTIVE", "90100000", "06", List.of());
        Fixtures.awaitKnown(service, city, college, declarer, accomplice, client);
    }

    @Test
    void aContractWithAnInstitutionIsConfirmedByThatInstitutionOnlyAndItSeesWhatAwaitsIt() {
        String declarerToken = tokens.token("SUPPLIER", declarer, List.of());
        String accompliceToken = tokens.token("SUPPLIER", accomplice, List.of());
        String cityToken = tokens.token("BUYER", city, List.of());
        String fabricated = declare(declarerToken, 900_000);
        assertThat(fabricated).isNotNull();

        assertStatus(403, () -> post("/api/contracts/" + fabricated + "/confirm", accompliceToken, ""));
        assertProblem(409, "confirmed", () -> post("/api/contracts/" + fabricated + "/confirm", declarerToken, ""));
        assertStatus(403, () -> post("/api/contracts/" + fabricated + "/reject", accompliceToken, Map.of("reason", "non")));
        assertThat(awaiting(accompliceToken)).isEmpty();
        assertThat(awaiting(tokens.token("BUYER", college, List.of()))).isEmpty();
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/contracts/" + fabricated).bearerAuth(cityToken), JSON))
                .containsEntry("confirmed", false);

        assertThat(awaiting(cityToken)).extracting(c -> c.get("id")).containsExactly(fabricated);
        assertProblem(400, "reason", () -> post("/api/contracts/" + fabricated + "/reject", cityToken, Map.of("reason", " ")));
        assertThat(post("/api/contracts/" + fabricated + "/reject", cityToken, Map.of("reason", "Aucun contrat de ce genre")))
                .containsEntry("status", "CANCELLED").containsEntry("confirmed", false);
        assertThat(awaiting(cityToken)).isEmpty();
        assertProblem(409, "status", () -> post("/api/contracts/" + fabricated + "/confirm", cityToken, ""));

        String real = declare(declarerToken, 4_500);
        assertThat(post("/api/contracts/" + real + "/confirm", cityToken, "")).containsEntry("confirmed", true);
        await().atMost(Duration.ofSeconds(20)).until(() -> events(real).size() == 2 && events(fabricated).size() == 2);
        assertThat(new String(events(fabricated).get(0).value())).containsPattern("\"confirmed\":\\s*false");
        assertThat(TestEvents.header(events(fabricated).get(1), "ce_type")).isEqualTo(ContractEventTypes.STATUS_CHANGED_V1);
        assertThat(new String(events(fabricated).get(1).value())).containsPattern("\"status\":\\s*\"CANCELLED\"").containsPattern("\"confirmedBy\":\\s*null");
        assertThat(new String(events(real).get(1).value())).containsPattern("\"confirmed\":\\s*true")
                .containsPattern("\"confirmedBy\":\\s*\"" + city + "\"");
    }

    /** Between enterprises, a co-supplier cannot vouch for a buyer that never agreed: the other side of the deal confirms. */
    @Test
    void betweenEnterprisesTheOtherSideOfTheDealConfirms() {
        String declarerToken = tokens.token("SUPPLIER", declarer, List.of());
        String clientToken = tokens.token("SUPPLIER", client, List.of());
        String id = (String) post("/api/contracts", declarerToken, Map.of("buyerId", client.toString(), "supplierIds",
                List.of(declarer.toString(), accomplice.toString()), "title", "Entretien ménager", "category", "90100000",
                "valueCad", 50_000)).get("id");
        assertStatus(403, () -> post("/api/contracts/" + id + "/confirm", tokens.token("SUPPLIER", accomplice, List.of()), ""));
        assertThat(awaiting(clientToken)).extracting(c -> c.get("id")).containsExactly(id);
        assertThat(post("/api/contracts/" + id + "/confirm", clientToken, "")).containsEntry("confirmed", true);
        assertThat(awaiting(clientToken)).isEmpty();
    }

    private String declare(String token, int value) {
        return (String) post("/api/contracts", token, Map.of("buyerId", city.toString(), "supplierIds",
                List.of(declarer.toString(), accomplice.toString()), "title", "Gestion des matières résiduelles", "category", "90100000",
                "valueCad", value)).get("id");
    }

    private List<Map<String, Object>> awaiting(String token) {
        return Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/contracts/declared").bearerAuth(token), JSON));
    }

    private List<ConsumerRecord<String, byte[]>> events(String key) {
        return TestEvents.readAll(service.kafkaBootstrapServers(), service.topicPrefix() + ContractsTopics.CONTRACTS, 1).stream()
                .filter(r -> key.equals(r.key())).toList();
    }
}
