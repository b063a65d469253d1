package org.maillage.directory;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.directory.api.OrganizationEventTypes;
import org.maillage.testkit.TestEvents;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Registering an enterprise over HTTP, against a real PostgreSQL and a real broker. */
class EnterpriseRegistrationIT extends DirectoryServiceIT {

    private static final String TRACE = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ObjectMapper json;

    private String token;

    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        token = SignedIn.coordinatorToken(http);
    }

    @Test
    void aRegisteredEnterpriseIsStoredAndAnnouncedOnItsTopic() throws Exception {
        HttpResponse<Map> created = http.toBlocking().exchange(post(Map.of(
                "legalName", "Coopérative de travail Les Ateliers", "neq", newNeq(), "legalForm", "WORKER_COOP",
                "categories", List.of("90100000"), "regions", List.of("06"))).header("traceparent", TRACE), Map.class);

        assertThat(created.code()).isEqualTo(201);
        String id = (String) created.body().get("id");
        assertThat(created.header("Location")).isEqualTo("/api/enterprises/" + id);
        Map<?, ?> shown = http.toBlocking().retrieve(HttpRequest.GET("/api/enterprises/" + id), Map.class);
        assertThat((Object) shown.get("legalName")).isEqualTo("Coopérative de travail Les Ateliers");

        ConsumerRecord<String, byte[]> event = events(DirectoryTopics.ORGANIZATIONS, id, 1).get(0);
        assertThat(event.key()).isEqualTo(id);
        assertThat(TestEvents.header(event, "ce_type")).isEqualTo(OrganizationEventTypes.REGISTERED_V1);
        assertThat(TestEvents.header(event, "ce_subject")).isEqualTo(id);
        assertThat(TestEvents.header(event, "ce_source")).isEqualTo("/maillage/directory-service");
        assertThat(TestEvents.header(event, "ce_specversion")).isEqualTo("1.0");
        assertThat(TestEvents.header(event, "traceparent")).isEqualTo(TRACE);
        Map<String, Object> data = json.readValue(event.value(), io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
        assertThat(data).containsEntry("organizationId", id).containsEntry("kind", "ENTERPRISE")
                .containsEntry("name", "Coopérative de travail Les Ateliers").containsEntry("status", "ACTIVE")
                .containsEntry("categories", List.of("90100000")).containsEntry("regions", List.of("06"))
                .containsEntry("pilots", List.of(SignedIn.MONTREAL.toString())).containsEntry("legalForm", "WORKER_COOP")
                .containsKey("occurredAt").containsKey("decisionUnits");
    }

    @Test
    void invalidInputIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
        long before = count("select count(*) from organization");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                post(Map.of("legalName", " ", "neq", "12a", "regions", List.of("06", "99"))), Map.class));

        assertThat(e.getStatus().getCode()).isEqualTo(400);
        assertThat(e.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        Map<?, ?> problem = e.getResponse().getBody(Map.class).orElseThrow();
        assertThat((List<Map<String, String>>) problem.get("errors")).extracting(f -> f.get("field"))
                .containsOnly("legalName", "neq", "regions[1]").contains("legalName", "neq", "regions[1]");
        assertThat(count("select count(*) from organization")).isEqualTo(before);
    }

    @Test
    void aDuplicateNeqIsAConflictNamingTheExistingEnterprise() throws Exception {
        String neq = newNeq();
        Map<?, ?> first = http.toBlocking().retrieve(post(Map.of("legalName", "Imprime-Emploi", "neq", neq)), Map.class);
        long events = count("select count(*) from outbox_event");

        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                post(Map.of("legalName", "Autre nom", "neq", neq)), Map.class));

        assertThat(e.getStatus().getCode()).isEqualTo(409);
        Map<?, ?> problem = e.getResponse().getBody(Map.class).orElseThrow();
        assertThat((Object) problem.get("existingOrganizationId")).isEqualTo(first.get("id"));
        assertThat((String) problem.get("detail")).contains("Imprime-Emploi");
        assertThat(count("select count(*) from organization where neq = '" + neq + "'")).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event")).isEqualTo(events);
    }

    private io.micronaut.http.MutableHttpRequest<Object> post(Map<String, Object> body) {
        Map<String, Object> withPilot = new java.util.HashMap<>(body);
        withPilot.put("pilotId", SignedIn.MONTREAL.toString());
        return HttpRequest.<Object>POST("/api/enterprises", withPilot).bearerAuth(token);
    }

    private long count(String sql) throws Exception {
        try (Connection c = service.database().connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
