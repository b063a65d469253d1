package org.maillage.contracts;

import org.junit.jupiter.api.Test;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.directory.api.OrganizationEventTypes;
import org.maillage.testkit.TestEvents;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** contracts-service's copy of the directory, kept from directory.organizations on a real broker. */
class OrganizationReadModelIT extends ContractsServiceIT {

    @Test
    void anEnterpriseRegisteredInTheDirectoryBecomesKnownOnceEvenWhenDeliveredTwice() throws Exception {
        UUID id = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String json = registered(id, "Coop Déménagement Solidaire", "2026-03-01T10:00:00Z");

        publish(id, eventId, json);
        publish(id, eventId, json);
        UUID marker = UUID.randomUUID();
        publish(marker, UUID.randomUUID().toString(), registered(marker, "Marqueur", "2026-03-01T10:00:00Z"));

        await().atMost(Duration.ofSeconds(30)).until(() -> name(marker) != null);
        assertThat(name(id)).isEqualTo("Coop Déménagement Solidaire");
        assertThat(count("select count(*) from inbox_event where event_id = '" + eventId + "'")).isEqualTo(1);
        assertThat(count("select count(*) from known_organization where id = '" + id + "'")).isEqualTo(1);
    }

    @Test
    void anOlderStateArrivingLateDoesNotOverwriteANewerOne() throws Exception {
        UUID id = UUID.randomUUID();
        publish(id, UUID.randomUUID().toString(), registered(id, "Nom récent", "2026-05-01T00:00:00Z"));
        String late = UUID.randomUUID().toString();
        publish(id, late, registered(id, "Nom ancien", "2026-01-01T00:00:00Z"));

        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from inbox_event where event_id = '" + late + "'") == 1);
        assertThat(name(id)).isEqualTo("Nom récent");
    }

    private void publish(UUID key, String eventId, String json) {
        TestEvents.send(service.kafkaBootstrapServers(), service.topicPrefix() + DirectoryTopics.ORGANIZATIONS,
                key.toString(), eventId, OrganizationEventTypes.REGISTERED_V1, json);
    }

    private static String registered(UUID id, String name, String at) {
        return """
                {"organizationId":"%s","kind":"ENTERPRISE","name":"%s","status":"ACTIVE","categories":["78101800"],
                 "regions":["06"],"pilots":[],"occurredAt":"%s"}""".formatted(id, name, at);
    }

    private String name(UUID id) throws Exception {
        try (Connection c = service.database().connect();
             PreparedStatement ps = c.prepareStatement("select name from known_organization where id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = service.database().connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
