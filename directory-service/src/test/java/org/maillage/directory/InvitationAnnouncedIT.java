package org.maillage.directory;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.directory.api.ApplicationEventTypes;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.testkit.TestEvents;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An organization invited into another pilot is announced on directory.applications (for notification-service to tell its
 * people), whether the coordinator invited it by hand or through the spreadsheet import; an import that finds the
 * invitation still awaiting the answer announces nothing again.
 */
class InvitationAnnouncedIT extends DirectoryServiceIT {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ObjectMapper json;

    private String coordinator;
    private String home;
    private String inviting;

    @BeforeAll
    void twoPilots() {
        coordinator = SignedIn.coordinatorToken(http);
        home = pilot("Pilote d'origine");
        inviting = pilot("Pilote de la Mauricie");
        // signed in again: a token names the pilots its holder coordinated when it was issued
        coordinator = SignedIn.coordinatorToken(http);
    }

    @Test
    void aCoordinatorsInvitationIsAnnouncedWithThePilotsAndTheOrganizationsNames() {
        String enterprise = enterprise("Menuiserie invitée", newNeq());

        Map<String, Object> invitation = send(HttpRequest.POST("/api/pilots/" + inviting + "/invitations", Map.of("organizationId", enterprise)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(invitationsOf(enterprise)).singleElement().satisfies(e -> {
            assertThat(TestEvents.header(e, "ce_type")).isEqualTo(ApplicationEventTypes.INVITATION_SENT_V1);
            assertThat(parse(e.value())).containsEntry("invitationId", invitation.get("id")).containsEntry("pilotId", inviting)
                    .containsEntry("pilotName", "Pilote de la Mauricie").containsEntry("organizationId", enterprise)
                    .containsEntry("organizationName", "Menuiserie invitée").containsKey("occurredAt");
        }));
    }

    @Test
    void theImportsInvitationIsAnnouncedOnceEvenWhenTheSameFileComesAgain() {
        String neq = newNeq();
        String enterprise = enterprise("Traiteur importé", neq);
        String csv = "Nom;NEQ;Catégories;Régions\nTraiteur importé;" + neq + ";90100000;05\n";

        assertThat(importCsv(csv)).containsEntry("invited", 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(invitationsOf(enterprise)).singleElement()
                .satisfies(e -> assertThat(parse(e.value())).containsEntry("pilotId", inviting)
                        .containsEntry("organizationName", "Traiteur importé")));

        importCsv(csv);
        // a marker announced after the second import: once it is on the topic, anything the second import announced is too
        String marker = enterprise("Repère " + neq, newNeq());
        send(HttpRequest.POST("/api/pilots/" + inviting + "/invitations", Map.of("organizationId", marker)));
        List<ConsumerRecord<String, byte[]>> seen = await().atMost(Duration.ofSeconds(30)).until(this::invitations,
                all -> !keyed(all, marker).isEmpty() && !keyed(all, enterprise).isEmpty());
        assertThat(keyed(seen, enterprise)).hasSize(1);
    }

    private List<ConsumerRecord<String, byte[]>> invitationsOf(String organization) {
        return keyed(invitations(), organization);
    }

    private List<ConsumerRecord<String, byte[]>> invitations() {
        return TestEvents.readAll(service.kafkaBootstrapServers(), service.topicPrefix() + DirectoryTopics.APPLICATIONS, 1).stream()
                .filter(r -> ApplicationEventTypes.INVITATION_SENT_V1.equals(TestEvents.header(r, "ce_type"))).toList();
    }

    private static List<ConsumerRecord<String, byte[]>> keyed(List<ConsumerRecord<String, byte[]>> events, String organization) {
        return events.stream().filter(r -> organization.equals(r.key())).toList();
    }

    private Map<String, Object> importCsv(String csv) {
        return send(HttpRequest.POST("/api/pilots/" + inviting + "/imports/enterprises", csv).contentType("text/csv"));
    }

    private String pilot(String name) {
        return (String) send(HttpRequest.POST("/api/pilots", Map.of("name", name, "region", "04", "startsOn", "2020-01-01",
                "endsOn", "2021-12-31", "coordinatingOrganization", "Comité " + name))).get("id");
    }

    private String enterprise(String name, String neq) {
        return (String) send(HttpRequest.POST("/api/enterprises", Map.of("legalName", name, "neq", neq, "categories", List.of("90100000"),
                "regions", List.of("05"), "pilotId", home))).get("id");
    }

    private Map<String, Object> send(MutableHttpRequest<?> request) {
        return http.toBlocking().retrieve(request.bearerAuth(coordinator), JSON);
    }

    private Map<String, Object> parse(byte[] value) {
        try {
            return json.readValue(value, JSON);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
