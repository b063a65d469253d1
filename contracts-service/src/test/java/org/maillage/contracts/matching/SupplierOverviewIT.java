package org.maillage.contracts.matching;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.contracts.ContractsServiceIT;
import org.maillage.contracts.Fixtures;
import org.maillage.contracts.opportunity.MontrealTime;
import org.maillage.testkit.Listings;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.maillage.contracts.Fixtures.assertStatus;

/**
 * What an enterprise's dashboard reads in one call each: its standing with every open opportunity (matched,
 * opened or not, its answer) and its own responses with the buyer's reason once not retained; never another's.
 */
class SupplierOverviewIT extends ContractsServiceIT {

    private final UUID city = UUID.randomUUID();
    private final UUID caterer = UUID.randomUUID();
    private final UUID rival = UUID.randomUUID();
    private final UUID lead = UUID.randomUUID();

    @BeforeAll
    void knownOrganizations() {
        Fixtures.register(service, city, "INSTITUTION", "ACTIVE", "90100000", "06", List.of());
        Fixtures.register(service, caterer, "ENTERPRISE", "ACTIVE", "90100000", "06", List.of());
        Fixtures.register(service, rival, "ENTERPRISE", "ACTIVE", "90100000", "06", List.of());
        Fixtures.register(service, lead, "ENTERPRISE", "ACTIVE", "90100000", "06", List.of());
        Fixtures.awaitKnown(service, city, caterer, rival, lead);
    }

    @Test
    void standingWithOpenOpportunitiesIsTheEnterprisesOwn() {
        String buyer = tokens.token("BUYER", city, List.of());
        String mine = tokens.token("SUPPLIER", caterer, List.of());
        String theirs = tokens.token("SUPPLIER", rival, List.of());
        String id = publish(buyer, LocalDateTime.now(MontrealTime.ZONE).plusDays(10));

        assertThat(standing(mine, id)).doesNotContainKeys("viewedAt", "interested");
        http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/" + id).bearerAuth(mine), JSON);
        assertThat(standing(mine, id).get("viewedAt")).isNotNull();
        assertThat(standing(theirs, id)).doesNotContainKey("viewedAt");

        noContent("/api/opportunities/" + id + "/interest", mine, Map.of("interested", false, "reason", "CAPACITY", "reasonText", "Équipe prise"));
        assertThat(standing(mine, id)).containsEntry("interested", false).containsEntry("reason", "CAPACITY")
                .containsEntry("reasonText", "Équipe prise");
        assertThat(standing(theirs, id)).doesNotContainKeys("interested", "reason", "reasonText");

        assertStatus(403, () -> http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/interest/mine").bearerAuth(buyer)));
        assertStatus(401, () -> http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/interest/mine")));
    }

    @Test
    void myResponsesCarryTheBuyersReasonOnceNotRetained() {
        String buyer = tokens.token("BUYER", city, List.of());
        String mine = tokens.token("SUPPLIER", caterer, List.of());
        String theirs = tokens.token("SUPPLIER", rival, List.of());
        String id = publish(buyer, LocalDateTime.now(MontrealTime.ZONE).plusSeconds(6));
        String responses = "/api/opportunities/" + id + "/responses";
        String response = (String) http.toBlocking().retrieve(HttpRequest.PUT(responses + "/mine",
                Map.of("priceCad", 12500.5, "proposal", "Repas chauds")).bearerAuth(mine), JSON).get("id");

        assertThat(myResponses(mine)).anySatisfy(r -> assertThat(r).containsEntry("id", response).containsEntry("status", "SUBMITTED")
                .doesNotContainKey("reason"));
        assertThat(myResponses(theirs)).noneSatisfy(r -> assertThat(r).containsEntry("id", response));
        assertStatus(403, () -> http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/responses/mine").bearerAuth(buyer)));

        await().atMost(Duration.ofSeconds(20)).until(() ->
                Boolean.FALSE.equals(http.toBlocking().retrieve(HttpRequest.GET(responses).bearerAuth(buyer), JSON).get("sealed")));
        noContent(responses + "/" + response + "/reject", buyer, Map.of("reason", "Prix au-dessus du budget"));
        assertThat(myResponses(mine)).anySatisfy(r -> assertThat(r).containsEntry("id", response).containsEntry("status", "REJECTED")
                .containsEntry("reason", "Prix au-dessus du budget"));
    }

    @Test
    void jointResponsesNamingMyEnterpriseAreListedForItAloneUntilItConfirms() {
        String buyer = tokens.token("BUYER", city, List.of());
        String mine = tokens.token("SUPPLIER", caterer, List.of());
        String id = publish(buyer, LocalDateTime.now(MontrealTime.ZONE).plusDays(5));
        String response = (String) http.toBlocking().retrieve(HttpRequest.PUT("/api/opportunities/" + id + "/responses/mine",
                Map.of("priceCad", 9000, "proposal", "Offre conjointe", "partners", List.of(caterer.toString())))
                .bearerAuth(tokens.token("SUPPLIER", lead, List.of())), JSON).get("id");

        assertThat(partnerships(mine)).filteredOn(p -> id.equals(p.get("opportunityId"))).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("responseId", response).containsEntry("leadEnterpriseId", lead.toString())
                        .containsEntry("confirmed", false).doesNotContainKeys("priceCad", "proposal"));
        assertThat(partnerships(tokens.token("SUPPLIER", rival, List.of()))).noneSatisfy(p -> assertThat(p).containsEntry("opportunityId", id));
        post("/api/opportunities/" + id + "/responses/" + response + "/partnership", mine, "");
        assertThat(partnerships(mine)).filteredOn(p -> id.equals(p.get("opportunityId"))).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("confirmed", true));
    }

    private List<Map<String, Object>> partnerships(String token) {
        return Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/responses/partnerships").bearerAuth(token), JSON));
    }

    private String publish(String buyer, LocalDateTime deadline) {
        String id = (String) post("/api/opportunities", buyer, Map.of("titleFr", "Traiteur", "categories", List.of("90100000"),
                "regions", List.of("06"), "method", "INVITATION", "deadline", deadline.truncatedTo(ChronoUnit.SECONDS).toString())).get("id");
        post("/api/opportunities/" + id + "/publish", buyer, "");
        return id;
    }

    private void noContent(String path, String token, Object body) {
        http.toBlocking().exchange(HttpRequest.POST(path, body).bearerAuth(token));
    }

    private Map<String, Object> standing(String token, String opportunity) {
        return Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/interest/mine").bearerAuth(token), JSON))
                .stream().filter(s -> opportunity.equals(s.get("opportunityId"))).findFirst().orElseThrow();
    }

    private List<Map<String, Object>> myResponses(String token) {
        return Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/opportunities/responses/mine").bearerAuth(token), JSON));
    }
}
