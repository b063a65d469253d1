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
        // the module's database is shared: the whole platform's counts grow by this test's organizations
        Map<String, Object> before = summary("");
        List<Map.Entry<String, UUID>> organizations = List.of(Map.entry("ENTERPRISE", montreal), Map.entry("ENTERPRISE", estrie),
                Map.entry("INSTITUTION", montreal));
        for (Map.Entry<String, UUID> o : organizations) {
            UUID id = UUID.randomUUID();
            TestEvents.send(service.kafkaBootstrapServers(), service.topicPrefix() + DirectoryTopics.ORGANIZATIONS, id.toString(),
                    OrganizationEventTypes.REGISTERED_V1, """
                            {"organizationId":"%s","kind":"%s","name":"Org %s","status":"ACTIVE","categories":[],
                             "regions":["06"],"pilots":["%s"],"occurredAt":"2026-02-01T12:00:00Z"}""".formatted(id, o.getKey(), id, o.getValue()));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(summary(""))
                .containsEntry("enterprises", count(before, "enterprises") + 2).containsEntry("institutions", count(before, "institutions") + 1)
                .containsEntry("active", count(before, "active") + 3));
        assertThat(summary("?pilot=" + montreal)).containsEntry("enterprises", 1).containsEntry("institutions", 1);
        assertThat(summary("?pilot=" + estrie)).containsEntry("enterprises", 1).containsEntry("institutions", 0);
    }

    @Test
    void anUnknownOrganizationIsAProblemNotFound() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(HttpRequest.GET("/api/reports/organizations/" + UUID.randomUUID()), Map.class));
        assertThat(e.getStatus().getCode()).isEqualTo(404);
        assertThat(e.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
    }

    private static int count(Map<String, Object> summary, String name) {
        return ((Number) summary.get(name)).intValue();
    }

    private Map<String, Object> summary(String query) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/reports/organizations" + query),
                io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
    }
}
