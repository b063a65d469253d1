package org.maillage.contracts.contract;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.contracts.ContractsServiceIT;
import org.maillage.contracts.Fixtures;
import org.maillage.testkit.Listings;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.contracts.Fixtures.assertProblem;
import static org.maillage.contracts.Fixtures.assertStatus;

/** A party finds its own contracts again (as buyer or as a supplier, declared, confirmed or rejected); no one else's. */
class MyContractsIT extends ContractsServiceIT {

    private final UUID city = UUID.randomUUID();
    private final UUID caterer = UUID.randomUUID();
    private final UUID partner = UUID.randomUUID();
    private final UUID stranger = UUID.randomUUID();

    @BeforeAll
    void knownOrganizations() {
        Fixtures.register(service, city, "INSTITUTION", "ACTIVE", "90100000", "06", List.of());
        Fixtures.register(service, caterer, "ENTERPRISE", "ACTIVE", "90100000", "06", List.of());
        Fixtures.register(service, partner, "ENTERPRISE", "ACTIVE", "90100000", "06", List.of());
        Fixtures.register(service, stranger, "ENTERPRISE", "ACTIVE", "90100000", "06", List.of());
        Fixtures.awaitKnown(service, city, caterer, partner, stranger);
    }

    @Test
    void eachPartySeesItsOwnContractsNewestFirstAndNobodyElseSeesThem() {
        String catererToken = tokens.token("SUPPLIER", caterer, List.of());
        String partnerToken = tokens.token("SUPPLIER", partner, List.of());
        String cityToken = tokens.token("BUYER", city, List.of());
        String withCity = contract(catererToken, city, List.of(caterer), "Repas du colloque");
        String sold = contract(catererToken, partner, List.of(caterer), "Boîtes à lunch");
        String bought = contract(partnerToken, caterer, List.of(partner), "Nappes et serviettes");
        post("/api/contracts/" + withCity + "/reject", cityToken, Map.of("reason", "Jamais conclu"));

        assertThat(mine(catererToken, "")).extracting(c -> c.get("id")).containsExactly(bought, sold, withCity);
        assertThat(mine(catererToken, "?limit=2")).extracting(c -> c.get("id")).containsExactly(bought, sold);
        assertThat(mine(catererToken, "")).filteredOn(c -> c.get("id").equals(withCity)).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("status", "CANCELLED").containsEntry("confirmed", false));
        assertThat(mine(cityToken, "")).extracting(c -> c.get("id")).containsExactly(withCity);
        assertThat(mine(partnerToken, "")).extracting(c -> c.get("id")).containsExactly(bought, sold);
        assertThat(mine(tokens.token("SUPPLIER", stranger, List.of()), "")).isEmpty();
        assertThat(mine(tokens.token("COORDINATOR", null, List.of()), "")).isEmpty();
    }

    @Test
    void pagesFollowTheirCursorAndAContractAddedMeanwhileShiftsNoPage() {
        UUID buyer = UUID.randomUUID();
        UUID seller = UUID.randomUUID();
        Fixtures.register(service, buyer, "INSTITUTION", "ACTIVE", "90100000", "06", List.of());
        Fixtures.register(service, seller, "ENTERPRISE", "ACTIVE", "90100000", "06", List.of());
        Fixtures.awaitKnown(service, buyer, seller);
        String token = tokens.token("BUYER", buyer, List.of());
        String first = contract(token, buyer, List.of(seller), "Premier");
        String second = contract(token, buyer, List.of(seller), "Deuxième");
        String third = contract(token, buyer, List.of(seller), "Troisième");

        Map<String, Object> page = http.toBlocking().retrieve(HttpRequest.GET("/api/contracts/mine?limit=2").bearerAuth(token), JSON);
        assertThat(Listings.items(page)).extracting(c -> c.get("id")).containsExactly(third, second);
        assertThat(page.get("next")).isInstanceOf(String.class);
        contract(token, buyer, List.of(seller), "Ajouté entre deux pages");
        Map<String, Object> last = http.toBlocking().retrieve(HttpRequest.GET("/api/contracts/mine?limit=2&cursor=" + page.get("next"))
                .bearerAuth(token), JSON);
        assertThat(Listings.items(last)).extracting(c -> c.get("id")).containsExactly(first);
        assertThat(last).containsEntry("next", null);
        assertProblem(400, "cursor", () -> mine(token, "?cursor=pas-un-curseur"));
    }

    @Test
    void aLimitOutsideItsRangeIsRefusedAndAnAnonymousCallerIsNotLetIn() {
        String token = tokens.token("SUPPLIER", caterer, List.of());
        assertProblem(400, "limit", () -> mine(token, "?limit=0"));
        assertProblem(400, "limit", () -> mine(token, "?limit=501"));
        assertStatus(401, () -> http.toBlocking().retrieve(HttpRequest.GET("/api/contracts/mine")));
    }

    private String contract(String token, UUID buyer, List<UUID> suppliers, String title) {
        return (String) post("/api/contracts", token, Map.of("buyerId", buyer.toString(), "supplierIds",
                suppliers.stream().map(UUID::toString).toList(), "title", title, "category", "90100000", "valueCad", 1_000)).get("id");
    }

    private List<Map<String, Object>> mine(String token, String query) {
        return Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/contracts/mine" + query).bearerAuth(token), JSON));
    }
}
