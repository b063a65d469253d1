package org.maillage.reporting;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.directory.api.OrganizationEventTypes;
import org.maillage.testkit.TestEvents;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reporting's view of the directory, built only from directory.organizations. */
class OrganizationReportIT extends ReportingServiceIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void organizationsFromTheDirectoryAreCountedByKindAndPilot() {
        UUID montreal = UUID.randomUUID();
        UUID estrie = UUID.randomUUID();
        List<Map.Entry<String, UUID>> organizations = List.of(Map.entry("ENTERPRISE", montreal), Map.entry("ENTERPRISE", estrie),
                Map.entry("INSTITUTION", montreal));
        for (Map.Entry<String, UUID> o : organizations) {
            UUID id = UUID.randomUUID();
            TestEvents.send(service.kafkaBootstrapServers(), service.topicPrefix() + DirectoryTopics.ORGANIZATIONS, id.toString(),
                    OrganizationEventTypes.REGISTERED_V1, """
                            {"organizationId":"%s","kind":"%s","name":"Org %s","status":"ACTIVE","categories":[],
                             "regions":["06"],"pilots":["%s"],"occurredAt":"2026-02-01T12:00:00Z"}""".formatted(id, o.getKey(), id, o.getValue()));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(summary("?pilot=" + montreal)).containsEntry("active", 2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(summary("?pilot=" + estrie)).containsEntry("active", 1));
        assertThat(summary("?pilot=" + montreal)).containsEntry("enterprises", 1).containsEntry("institutions", 1);
        assertThat(summary("?pilot=" + estrie)).containsEntry("enterprises", 1).containsEntry("institutions", 0);
        // the whole directory: these three and whatever the other tests of this class announced
        assertThat((Integer) summary("").get("active")).isGreaterThanOrEqualTo(3);
    }

    /**
     * Issue 26, item 3: an application (PENDING or REFUSED) is no member of any pilot: not in a pilot's counts, lists,
     * results or open data (all read the pilot's members), and not shown by its id, until a coordinator approves it.
     */
    @Test
    void anApplicationIsInNoPilotAndNotShownUntilApproved() throws Exception {
        UUID pilot = UUID.randomUUID();
        UUID pending = UUID.randomUUID();
        UUID refused = UUID.randomUUID();
        organization(pending, "PENDING", pilot, "2026-02-01T12:00:00Z");
        organization(refused, "REFUSED", pilot, "2026-02-01T12:00:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> rows("select count(*) from organization where id in ('" + pending + "', '" + refused + "')") == 2);

        assertThat(summary("?pilot=" + pilot)).containsEntry("enterprises", 0).containsEntry("active", 0);
        assertThat(rows("select count(*) from pilot_member where pilot_id = '" + pilot + "'")).isZero();
        for (UUID application : List.of(pending, refused)) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                    () -> http.toBlocking().retrieve(HttpRequest.GET("/api/reports/organizations/" + application), Map.class));
            assertThat(e.getStatus().getCode()).isEqualTo(404);
        }

        organization(pending, "ACTIVE", pilot, "2026-02-02T12:00:00Z");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(summary("?pilot=" + pilot)).containsEntry("enterprises", 1));
        assertThat(rows("select count(*) from pilot_member where pilot_id = '" + pilot + "'")).isEqualTo(1);
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/reports/organizations/" + pending), Map.class)).containsEntry("status", "ACTIVE");
    }

    private void organization(UUID id, String status, UUID pilot, String at) {
        TestEvents.send(service.kafkaBootstrapServers(), service.topicPrefix() + DirectoryTopics.ORGANIZATIONS, id.toString(),
                OrganizationEventTypes.UPDATED_V1, """
                        {"organizationId":"%s","kind":"ENTERPRISE","name":"Candidat %s","status":"%s","categories":[],
                         "regions":["06"],"pilots":["%s"],"occurredAt":"%s"}""".formatted(id, id, status, pilot, at));
    }

    private long rows(String sql) throws Exception {
        try (Connection c = service.database().connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void anUnknownOrganizationIsAProblemNotFound() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(HttpRequest.GET("/api/reports/organizations/" + UUID.randomUUID()), Map.class));
        assertThat(e.getStatus().getCode()).isEqualTo(404);
        assertThat(e.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
    }


    private Map<String, Object> summary(String query) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/reports/organizations" + query),
                io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
    }
}
