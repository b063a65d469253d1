package org.maillage.directory;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An organization keeps its people: its own accounts change and remove them; nobody else does; a removed person stays named. */
class PeopleChangesIT extends DirectoryServiceIT {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void theEnterprisesOwnSalesPersonChangesAndRemovesItsPeopleAndAnotherEnterpriseCannot() throws SQLException {
        String coordinator = SignedIn.coordinatorToken(http);
        String mine = enterprise(coordinator, "Coop qui tient ses contacts");
        String seller = supplierOf(coordinator, mine);
        String other = supplierOf(coordinator, enterprise(coordinator, "Autre coop du même pilote"));
        String people = "/api/organizations/" + mine + "/people";
        String id = (String) call(HttpRequest.POST(people, Map.of("name", "Julie Gagnon", "title", "Ventes",
                "email", "julie@coop.example", "phone", "514 555-0199")).bearerAuth(seller)).get("id");
        String person = people + "/" + id;

        Map<String, Object> changed = call(HttpRequest.PUT(person, Map.of("name", "Julie Gagnon-Roy", "title", "Directrice",
                "email", "Julie.Roy@Coop.example", "language", "en")).bearerAuth(seller));
        assertThat(changed).containsEntry("id", id).containsEntry("name", "Julie Gagnon-Roy").containsEntry("email", "julie.roy@coop.example")
                .containsEntry("language", "en").doesNotContainKey("phone");
        assertThat(names(people, seller)).containsExactly("Julie Gagnon-Roy");

        // another enterprise's account, even of the same pilot, neither changes nor removes them
        assertStatus(403, () -> http.toBlocking().exchange(HttpRequest.PUT(person, Map.of("name", "Intrus")).bearerAuth(other)));
        assertStatus(403, () -> http.toBlocking().exchange(HttpRequest.DELETE(person).bearerAuth(other)));
        assertStatus(401, () -> http.toBlocking().exchange(HttpRequest.DELETE(person)));
        // a person is reached through its own organization only
        String elsewhere = "/api/organizations/" + enterprise(coordinator, "Coop voisine") + "/people/" + id;
        assertStatus(404, () -> http.toBlocking().exchange(HttpRequest.PUT(elsewhere, Map.of("name", "X")).bearerAuth(coordinator)));
        assertStatus(404, () -> http.toBlocking().exchange(HttpRequest.PUT(people + "/" + UUID.randomUUID(), Map.of("name", "X")).bearerAuth(seller)));

        HttpClientResponseException bad = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.PUT(person, Map.of("name", " ", "email", "pas un courriel")).bearerAuth(seller)));
        assertThat(bad.getStatus().getCode()).isEqualTo(400);
        assertThat(bad.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(bad.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"email\"").contains("\"field\":\"name\"");

        assertThat(http.toBlocking().exchange(HttpRequest.DELETE(person).bearerAuth(seller)).getStatus().getCode()).isEqualTo(204);
        assertThat(names(people, seller)).isEmpty();
        assertStatus(404, () -> http.toBlocking().exchange(HttpRequest.DELETE(person).bearerAuth(seller)));
        assertStatus(404, () -> http.toBlocking().exchange(HttpRequest.PUT(person, Map.of("name", "Revenue")).bearerAuth(seller)));
        // the row stays so that histories naming it still say who was met, but nobody reaches it anymore
        try (Connection c = service.database().connect();
             PreparedStatement s = c.prepareStatement("select name, email, phone, removed_at from person where id = ?")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Julie Gagnon-Roy");
                assertThat(rs.getString(2)).isNull();
                assertThat(rs.getString(3)).isNull();
                assertThat(rs.getTimestamp(4)).isNotNull();
            }
        }
    }

    @Test
    void aCoordinatorOfTheEnterprisesPilotChangesAndRemovesItsPeopleToo() {
        String coordinator = SignedIn.coordinatorToken(http);
        String people = "/api/organizations/" + enterprise(coordinator, "Coop accompagnée") + "/people";
        String id = (String) call(HttpRequest.POST(people, Map.of("name", "Paul Roy")).bearerAuth(coordinator)).get("id");
        assertThat(call(HttpRequest.PUT(people + "/" + id, Map.of("name", "Paul Roy", "phone", "450 555-0100")).bearerAuth(coordinator)))
                .containsEntry("phone", "450 555-0100");
        assertThat(http.toBlocking().exchange(HttpRequest.DELETE(people + "/" + id).bearerAuth(coordinator)).getStatus().getCode()).isEqualTo(204);
        assertThat(names(people, coordinator)).isEmpty();
    }

    private String enterprise(String coordinator, String name) {
        return (String) call(HttpRequest.POST("/api/enterprises", Map.of("legalName", name, "neq", newNeq(),
                "categories", List.of("90100000"), "regions", List.of("06"), "pilotId", SignedIn.MONTREAL.toString())).bearerAuth(coordinator)).get("id");
    }

    private String supplierOf(String coordinator, String enterpriseId) {
        String email = "v" + UUID.randomUUID().toString().substring(0, 8) + "@test.maillage";
        call(HttpRequest.POST("/api/accounts", Map.of("email", email, "password", "Fournisseur-Mot-1", "role", "SUPPLIER",
                "organizationId", enterpriseId, "pilots", List.of(SignedIn.MONTREAL.toString()))).bearerAuth(coordinator));
        return (String) SignedIn.login(http, email, "Fournisseur-Mot-1").get("accessToken");
    }

    private List<Object> names(String people, String token) {
        return ((List<Map<String, Object>>) call(HttpRequest.GET(people).bearerAuth(token)).get("items")).stream()
                .map(p -> p.get("name")).toList();
    }

    private Map<String, Object> call(HttpRequest<?> request) {
        return http.toBlocking().retrieve(request, JSON);
    }

    private static void assertStatus(int status, Executable call) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, call);
        assertThat(e.getStatus().getCode()).isEqualTo(status);
    }
}
