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
import io.micronaut.serde.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.directory.api.PersonEventTypes;
import org.maillage.testkit.ServiceUnderTest;
import org.maillage.testkit.TestEvents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** People come in pages, and an account reads only so many of them per minute (here 8). */
/*
 * A context of its own, not the module's shared one (DirectoryServiceIT): it lowers the people an account may read a
 * minute from 200 to 8, which would refuse other classes' reads, and it reads as the bootstrap coordinator, whose reads
 * other classes would have spent in the same minute.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleAccessIT implements TestPropertyProvider {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    private final ServiceUnderTest service = ServiceUnderTest.create("people", List.of(DirectoryTopics.ORGANIZATIONS, DirectoryTopics.PEOPLE));

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ObjectMapper json;

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
        Map<String, Object> second = http.toBlocking().retrieve(HttpRequest.GET(people + "?limit=5&cursor=" + first.get("next"))
                .bearerAuth(coordinator), JSON);
        ((List<Map<String, Object>>) second.get("items")).forEach(p -> names.add((String) p.get("name")));
        assertThat(names).containsExactly("Personne 1", "Personne 2", "Personne 3", "Personne 4", "Personne 5", "Personne 6", "Personne 7");
        assertThat(second).containsEntry("next", null);

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

    /** The contract of directory.people: an added person is announced once, keyed by its id, with its organization and nothing personal. */
    @Test
    void anAddedPersonIsAnnouncedWithItsOrganizationAndNoPersonalDetails() throws IOException {
        String coordinator = SignedIn.coordinatorToken(http);
        String enterprise = (String) http.toBlocking().retrieve(HttpRequest.POST("/api/enterprises", Map.of("legalName", "Coop annoncée",
                "neq", "1150000002", "pilotId", SignedIn.MONTREAL.toString())).bearerAuth(coordinator), JSON).get("id");
        String person = (String) http.toBlocking().retrieve(HttpRequest.POST("/api/organizations/" + enterprise + "/people",
                Map.of("name", "Sophie Annoncée", "email", "sophie@annoncee.example", "phone", "514 555-0199")).bearerAuth(coordinator), JSON)
                .get("id");

        Supplier<List<ConsumerRecord<String, byte[]>>> announced = () -> TestEvents.readAll(service.kafkaBootstrapServers(),
                service.topicPrefix() + DirectoryTopics.PEOPLE, 1).stream().filter(r -> person.equals(r.key())).toList();
        await().atMost(Duration.ofSeconds(30)).until(() -> !announced.get().isEmpty());
        List<ConsumerRecord<String, byte[]>> added = announced.get();
        assertThat(added).singleElement().satisfies(r -> {
            assertThat(TestEvents.header(r, "ce_type")).isEqualTo(PersonEventTypes.ADDED_V1);
            assertThat(TestEvents.header(r, "ce_source")).isEqualTo("/maillage/directory-service");
        });
        Map<String, Object> payload = json.readValue(added.get(0).value(), JSON);
        assertThat(payload).containsOnlyKeys("personId", "organizationId", "occurredAt")
                .containsEntry("personId", person).containsEntry("organizationId", enterprise);
        assertThat(new String(added.get(0).value(), StandardCharsets.UTF_8)).doesNotContain("Sophie").doesNotContain("annoncee").doesNotContain("0199");

        // removed (she left): announced once more, so that contacts after today stop naming her
        http.toBlocking().exchange(HttpRequest.DELETE("/api/organizations/" + enterprise + "/people/" + person).bearerAuth(coordinator));
        await().atMost(Duration.ofSeconds(30)).until(() -> announced.get().size() == 2);
        ConsumerRecord<String, byte[]> removed = announced.get().get(1);
        assertThat(TestEvents.header(removed, "ce_type")).isEqualTo(PersonEventTypes.REMOVED_V1);
        assertThat(json.readValue(removed.value(), JSON)).containsOnlyKeys("personId", "organizationId", "occurredAt")
                .containsEntry("personId", person).containsEntry("organizationId", enterprise);
    }
}
