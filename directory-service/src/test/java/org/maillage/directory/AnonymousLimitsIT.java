package org.maillage.directory;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.maillage.testkit.Listings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What anyone may ask without signing in stays cheap: applications per address and day, pilots' members in pages. */
class AnonymousLimitsIT extends DirectoryServiceIT {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient http;

    /** At the service's own limit (5 a day): the context is shared, and a lower limit would apply to every class. */
    @Test
    void oneAddressSendsOnlySoManyApplicationsADay() {
        for (int i = 0; i < 5; i++) {
            assertThat(apply("203.0.113.7").getStatus().getCode()).isEqualTo(201);
        }
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class, () -> apply("203.0.113.7"));
        assertThat(refused.getStatus().getCode()).isEqualTo(429);
        assertThat(refused.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(refused.getResponse().getHeaders().get("Retry-After")).isNotBlank();
        // what the client writes before the gateway's entry does not buy a new quota
        assertThrows(HttpClientResponseException.class, () -> apply("198.51.100.1, 203.0.113.7"));
        assertThat(apply("203.0.113.8").getStatus().getCode()).isEqualTo(201);
    }

    @Test
    void pilotsComeWithTheirMemberCountAndTheMembersInPages() {
        String coordinator = SignedIn.coordinatorToken(http);
        String pilot = (String) http.toBlocking().retrieve(HttpRequest.POST("/api/pilots", Map.of("name", "Pilote aux pages", "region", "05",
                "startsOn", "2020-01-01", "endsOn", "2020-12-31", "coordinatingOrganization", "Comité")).bearerAuth(coordinator), JSON).get("id");
        coordinator = SignedIn.coordinatorToken(http);
        for (int i = 1; i <= 5; i++) {
            http.toBlocking().exchange(HttpRequest.POST("/api/enterprises", Map.of("legalName", "Membre " + i,
                    "neq", newNeq(), "pilotId", pilot)).bearerAuth(coordinator));
        }

        List<Map<String, Object>> pilots = Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/pilots"), JSON));
        assertThat(pilots).filteredOn(p -> pilot.equals(p.get("id"))).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("memberCount", 5).doesNotContainKey("members"));

        List<String> names = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, Object> page = http.toBlocking().retrieve(HttpRequest.GET("/api/pilots/" + pilot + "/members?limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor)), JSON);
            ((List<Map<String, Object>>) page.get("items")).forEach(m -> names.add((String) m.get("name")));
            cursor = (String) page.get("next");
            pages++;
        } while (cursor != null);
        assertThat(names).containsExactly("Membre 1", "Membre 2", "Membre 3", "Membre 4", "Membre 5");
        assertThat(pages).isEqualTo(3);

        HttpClientResponseException tooBig = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/api/pilots/" + pilot + "/members?limit=1000")));
        assertThat(tooBig.getStatus().getCode()).isEqualTo(400);
        assertThat(tooBig.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"limit\"");
    }

    private io.micronaut.http.HttpResponse<?> apply(String forwardedFor) {
        return http.toBlocking().exchange(HttpRequest.POST("/api/enterprises/applications", Map.of("legalName", "Candidate",
                "neq", newNeq(), "pilotId", SignedIn.MONTREAL.toString())).header("X-Forwarded-For", forwardedFor));
    }
}
