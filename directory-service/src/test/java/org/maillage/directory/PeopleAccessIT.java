package org.maillage.directory;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.testkit.ServiceUnderTest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** People come in pages, and an account reads only so many of them per minute (here 8). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleAccessIT implements TestPropertyProvider {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    private final ServiceUnderTest service = ServiceUnderTest.create("people", List.of(DirectoryTopics.ORGANIZATIONS));

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(service.properties());
        p.putAll(SignedIn.bootstrapProperties());
        p.put("maillage.people.reads-per-minute", "8");
        return p;
    }

    @Test
    void peopleComeInPagesAndReadingTooManyAMinuteIsRefusedWithRetryAfter() {
        String coordinator = SignedIn.coordinatorToken(http);
        String enterprise = (String) http.toBlocking().retrieve(HttpRequest.POST("/api/enterprises", Map.of("legalName", "Coop aux nombreux contacts",
                "neq", "1150000001", "pilotId", SignedIn.MONTREAL.toString())).bearerAuth(coordinator), JSON).get("id");
        String people = "/api/organizations/" + enterprise + "/people";
        for (int i = 1; i <= 7; i++) {
            http.toBlocking().exchange(HttpRequest.POST(people, Map.of("name", "Personne " + i, "email", "p" + i + "@coop.example"))
                    .bearerAuth(coordinator));
        }

        List<String> names = new ArrayList<>();
        Map<String, Object> first = http.toBlocking().retrieve(HttpRequest.GET(people + "?limit=5").bearerAuth(coordinator), JSON);
        ((List<Map<String, Object>>) first.get("items")).forEach(p -> names.add((String) p.get("name")));
        Map<String, Object> second = http.toBlocking().retrieve(HttpRequest.GET(people + "?limit=5&cursor=" + first.get("nextCursor"))
                .bearerAuth(coordinator), JSON);
        ((List<Map<String, Object>>) second.get("items")).forEach(p -> names.add((String) p.get("name")));
        assertThat(names).containsExactly("Personne 1", "Personne 2", "Personne 3", "Personne 4", "Personne 5", "Personne 6", "Personne 7");
        assertThat(second.get("nextCursor")).isNull();

        // 7 people read; 5 more would pass the 8 a minute
        HttpClientResponseException tooMany = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET(people + "?limit=5").bearerAuth(coordinator)));
        assertThat(tooMany.getStatus().getCode()).isEqualTo(429);
        assertThat(tooMany.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(tooMany.getResponse().getHeaders().get("Retry-After")).isNotBlank();

        HttpClientResponseException tooBig = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET(people + "?limit=500").bearerAuth(coordinator)));
        assertThat(tooBig.getStatus().getCode()).isEqualTo(400);
        assertThat(tooBig.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"limit\"");
    }
}
