package org.maillage.directory;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.maillage.directory.api.AccountEventTypes;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.testkit.TestEvents;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The contract of directory.accounts: an opened account is announced once, with only what writing to the person needs. */
class AccountEventsIT extends DirectoryServiceIT {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    io.micronaut.serde.ObjectMapper json;

    @Test
    void anOpenedAccountIsAnnouncedWithItsAddressLanguageAndOrganization() throws IOException {
        String pilot = (String) http.toBlocking().retrieve(HttpRequest.POST("/api/pilots", Map.of("name", "Pilote des comptes",
                "region", "06", "startsOn", "2015-01-01", "endsOn", "2016-06-30", "coordinatingOrganization", "CDEC"))
                .bearerAuth(SignedIn.coordinatorToken(http)), JSON).get("id");
        String coordinator = SignedIn.coordinatorToken(http);
        String enterprise = (String) http.toBlocking().retrieve(HttpRequest.POST("/api/enterprises", Map.of("legalName", "Coop des comptes",
                "neq", newNeq(), "categories", List.of("90100000"), "regions", List.of("06"),
                "pilotId", pilot)).bearerAuth(coordinator), JSON).get("id");
        String email = "c" + UUID.randomUUID().toString().substring(0, 8) + "@test.maillage";
        String account = (String) http.toBlocking().retrieve(HttpRequest.POST("/api/accounts", Map.of("email", email.toUpperCase(),
                "password", "Fournisseur-Mot-1", "role", "SUPPLIER", "organizationId", enterprise, "pilots", List.of(pilot),
                "language", "en")).bearerAuth(coordinator), JSON).get("id");

        List<ConsumerRecord<String, byte[]>> events = events(DirectoryTopics.ACCOUNTS, account, 1);
        assertThat(events).hasSize(1);
        assertThat(TestEvents.header(events.get(0), "ce_type")).isEqualTo(AccountEventTypes.OPENED_V1);
        Map<String, Object> data = json.readValue(events.get(0).value(), JSON);
        assertThat(data).containsOnlyKeys("accountId", "organizationId", "role", "email", "language", "pilots", "occurredAt")
                .containsEntry("pilots", List.of(pilot)).containsEntry("accountId", account).containsEntry("organizationId", enterprise).containsEntry("role", "SUPPLIER")
                .containsEntry("email", email).containsEntry("language", "en");
        // personal data stays on its own topic
        assertThat(TestEvents.readAll(service.kafkaBootstrapServers(), service.topicPrefix() + DirectoryTopics.ORGANIZATIONS, 1).stream()
                .map(r -> new String(r.value(), java.nio.charset.StandardCharsets.UTF_8))).noneMatch(v -> v.contains(email));
    }

    @Test
    void anyoneSignedInReadsItsOwnAccountAndChoosesItsLanguageWhichIsAnnounced() throws IOException {
        String pilot = (String) http.toBlocking().retrieve(HttpRequest.POST("/api/pilots", Map.of("name", "Pilote des langues",
                "region", "06", "startsOn", "2015-01-01", "endsOn", "2016-06-30", "coordinatingOrganization", "CDEC"))
                .bearerAuth(SignedIn.coordinatorToken(http)), JSON).get("id");
        String coordinator = SignedIn.coordinatorToken(http);
        String enterprise = (String) http.toBlocking().retrieve(HttpRequest.POST("/api/enterprises", Map.of("legalName", "Coop des langues",
                "neq", newNeq(), "categories", List.of("90100000"), "regions", List.of("06"),
                "pilotId", pilot)).bearerAuth(coordinator), JSON).get("id");
        String email = "l" + UUID.randomUUID().toString().substring(0, 8) + "@test.maillage";
        String account = (String) http.toBlocking().retrieve(HttpRequest.POST("/api/accounts", Map.of("email", email,
                "password", "Fournisseur-Mot-1", "role", "SUPPLIER", "organizationId", enterprise, "pilots", List.of(pilot))).bearerAuth(coordinator), JSON).get("id");
        String token = (String) http.toBlocking().retrieve(HttpRequest.POST("/api/auth/login", Map.of("email", email, "password", "Fournisseur-Mot-1")), JSON)
                .get("accessToken");

        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/accounts/me").bearerAuth(token), JSON))
                .containsEntry("id", account).containsEntry("email", email).containsEntry("language", "fr");
        // the coordinators' reading of any account stays theirs
        assertThat(assertThrows(HttpClientResponseException.class, () -> http.toBlocking().retrieve(
                HttpRequest.GET("/api/accounts/" + account).bearerAuth(token))).getStatus().getCode()).isEqualTo(403);

        HttpClientResponseException bad = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().retrieve(
                HttpRequest.PUT("/api/accounts/me/language", Map.of("language", "oui")).bearerAuth(token)));
        assertThat(bad.getStatus().getCode()).isEqualTo(400);
        assertThat(bad.getResponse().getBody(String.class).orElse("")).contains("\"field\":\"language\"");
        assertThat(http.toBlocking().retrieve(HttpRequest.PUT("/api/accounts/me/language", Map.of("language", "en")).bearerAuth(token), JSON))
                .containsEntry("language", "en");
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/accounts/me").bearerAuth(token), JSON)).containsEntry("language", "en");
        assertThat(assertThrows(HttpClientResponseException.class, () -> http.toBlocking().retrieve(
                HttpRequest.PUT("/api/accounts/me/language", Map.of("language", "fr")))).getStatus().getCode()).isEqualTo(401);

        List<ConsumerRecord<String, byte[]>> events = events(DirectoryTopics.ACCOUNTS, account, 2);
        assertThat(events).extracting(r -> TestEvents.header(r, "ce_type")).containsExactly(AccountEventTypes.OPENED_V1, AccountEventTypes.UPDATED_V1);
        assertThat(json.readValue(events.get(1).value(), JSON)).containsEntry("language", "en").containsEntry("email", email);
    }
}
