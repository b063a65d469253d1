package org.maillage.contracts.buyer;

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
import static org.maillage.contracts.Fixtures.assertStatus;

/**
 * What a buyer's pages read besides the public API: who its opportunity reached and what each enterprise did
 * (GET …/matches), and its organization's contracts (GET /api/contracts/mine). Each only for its own organization.
 */
class BuyerViewsIT extends ContractsServiceIT {

    /**
     * Regions no other class of the module uses: an opportunity fits every active enterprise of its categories and regions in
     * the database, and this class counts them exactly.
     */
    private static final String REGION = "08";
    private static final String OTHER_REGION = "09";

    private final UUID city = UUID.randomUUID();
    private final UUID college = UUID.randomUUID();
    private final UUID caterer = UUID.randomUUID();
    private final UUID cook = UUID.randomUUID();
    private final UUID cleaner = UUID.randomUUID();

    @BeforeAll
    void knownOrganizations() {
        Fixtures.register(service, city, "INSTITUTION", "ACTIVE", "90100000", REGION, List.of());
        Fixtures.register(service, college, "INSTITUTION", "ACTIVE", "90100000", REGION, List.of());
        Fixtures.register(service, caterer, "ENTERPRISE", "ACTIVE", "90100000", REGION, List.of());
        Fixtures.register(service, cook, "ENTERPRISE", "ACTIVE", "90100000", REGION, List.of());
        Fixtures.register(service, cleaner, "ENTERPRISE", "ACTIVE", "76110000", REGION, List.of());
        Fixtures.awaitKnown(service, city, college, caterer, cook, cleaner);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBuyerSeesWhoWasMatchedWhoOpenedItAndWhoIsNotInterestedAndWhy() {
        String buyer = tokens.token("BUYER", city, List.of());
        String id = (String) post("/api/opportunities", buyer, Map.of("titleFr", "Traiteur", "categories", List.of("90100000"),
                "regions", List.of(REGION), "method", "INVITATION", "deadline", "2099-03-10T12:00")).get("id");

        Map<String, Object> draft = matches(id, buyer);
        assertThat(draft).containsEntry("fittingNow", 2).containsEntry("enterprises", List.of());
        assertStatus(404, () -> matches(id, tokens.token("BUYER", college, List.of())));

        post("/api/opportunities/" + id + "/publish", buyer, "");
        String cookToken = tokens.token("SUPPLIER", cook, List.of());
        http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + id).bearerAuth(cookToken));
        http.toBlocking().exchange(HttpRequest.POST("/api/opportunities/" + id + "/interest",
                Map.of("interested", false, "reason", "CAPACITY", "reasonText", "Pas d'équipe libre en mars")).bearerAuth(cookToken));

        List<Map<String, Object>> rows = (List<Map<String, Object>>) matches(id, buyer).get("enterprises");
        assertThat(rows).hasSize(2);
        assertThat(rows).filteredOn(r -> r.get("enterpriseId").equals(cook.toString())).singleElement().satisfies(r -> {
            assertThat(r.get("viewedAt")).isNotNull();
            assertThat(r).containsEntry("interested", false).containsEntry("reason", "CAPACITY")
                    .containsEntry("reasonText", "Pas d'équipe libre en mars");
        });
        assertThat(rows).filteredOn(r -> r.get("enterpriseId").equals(caterer.toString())).singleElement()
                .satisfies(r -> assertThat(r.get("interested")).isNull());

        assertStatus(403, () -> matches(id, tokens.token("BUYER", college, List.of())));
        assertStatus(403, () -> matches(id, cookToken));
        assertStatus(401, () -> http.toBlocking().exchange(HttpRequest.GET("/api/opportunities/" + id + "/matches")));
    }

    @Test
    void aDraftIsRevisedInPlaceByItsBuyerOnlyAndOnlyWhileADraft() {
        String buyer = tokens.token("BUYER", city, List.of());
        String id = (String) post("/api/opportunities", buyer, Map.of("titleFr", "Traiteur", "categories", List.of("90100000"),
                "regions", List.of(REGION), "method", "INVITATION", "deadline", "2099-03-10T12:00")).get("id");
        Map<String, Object> revised = Map.of("titleFr", "Traiteur pour le colloque", "titleEn", "Conference catering",
                "categories", List.of("90100000", "76110000"), "regions", List.of(REGION, OTHER_REGION), "method", "PUBLIC_CALL",
                "deadline", "2099-04-01T12:00", "socialClauses", List.of("social.smeInclusion"), "contactName", "Sophie Tremblay");

        assertThat(put(id, buyer, revised)).containsEntry("id", id).containsEntry("status", "DRAFT")
                .containsEntry("titleEn", "Conference catering").containsEntry("method", "PUBLIC_CALL")
                .containsEntry("deadline", "2099-04-01T16:00:00Z").containsEntry("regions", List.of(REGION, OTHER_REGION))
                .containsEntry("contactName", "Sophie Tremblay");
        assertThat(matches(id, buyer)).containsEntry("fittingNow", 3);
        Fixtures.assertProblem(400, "socialClauses[0]", () -> put(id, buyer, Map.of("titleFr", "x", "categories", List.of("90100000"),
                "regions", List.of(REGION), "method", "INVITATION", "deadline", "2099-03-10T12:00",
                "socialClauses", List.of("pas.un.code"))));
        Fixtures.assertProblem(400, "method", () -> put(id, buyer, Map.of("titleFr", "x", "categories", List.of("90100000"),
                "regions", List.of(REGION), "method", "AU_HASARD", "deadline", "2099-03-10T12:00")));
        assertStatus(404, () -> put(id, tokens.token("BUYER", college, List.of()), revised));

        post("/api/opportunities/" + id + "/publish", buyer, "");
        Fixtures.assertProblem(409, "status", () -> put(id, buyer, revised));
        assertStatus(403, () -> put(id, tokens.token("BUYER", college, List.of()), revised));
    }

    @Test
    void anOrganizationListsItsOwnContractsOnlyDeclaredOnesIncluded() {
        String buyer = tokens.token("BUYER", city, List.of());
        String direct = (String) post("/api/contracts", buyer, Map.of("buyerId", city.toString(), "supplierIds", List.of(caterer.toString()),
                "title", "Buffet du colloque", "category", "90100000", "valueCad", 4200)).get("id");
        String declared = (String) post("/api/contracts", tokens.token("SUPPLIER", cleaner, List.of()), Map.of("buyerId", city.toString(),
                "supplierIds", List.of(cleaner.toString()), "title", "Entretien", "category", "76110000", "valueCad", 9000)).get("id");
        String elsewhere = (String) post("/api/contracts", tokens.token("BUYER", college, List.of()), Map.of("buyerId", college.toString(),
                "supplierIds", List.of(cook.toString()), "title", "Cafétéria", "category", "90100000", "valueCad", 12000)).get("id");

        assertThat(mine(buyer)).extracting(c -> c.get("id")).containsExactly(declared, direct);
        assertThat(mine(buyer)).filteredOn(c -> c.get("id").equals(declared)).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("confirmed", false));
        assertThat(mine(tokens.token("SUPPLIER", cleaner, List.of()))).extracting(c -> c.get("id")).containsExactly(declared);
        assertThat(mine(tokens.token("BUYER", college, List.of()))).extracting(c -> c.get("id")).containsExactly(elsewhere);
        assertStatus(401, () -> http.toBlocking().exchange(HttpRequest.GET("/api/contracts/mine")));
    }

    private Map<String, Object> put(String id, String token, Map<String, Object> body) {
        return http.toBlocking().retrieve(HttpRequest.PUT("/api/opportunities/" + id, body).bearerAuth(token), JSON);
    }

    private Map<String, Object> matches(String id, String token) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + id + "/matches").bearerAuth(token), JSON);
    }

    private List<Map<String, Object>> mine(String token) {
        return Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/contracts/mine").bearerAuth(token), JSON));
    }
}
