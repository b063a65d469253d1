package org.maillage.directory;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.directory.api.PersonEventTypes;
import org.maillage.testkit.TestInfrastructure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People added before directory.people existed are announced once by the migration that starts the topic, through the
 * outbox, exactly as the service announces a person it adds: otherwise contracts-service would never know them.
 */
class PeopleAnnouncedOnceIT {

    @Test
    void thePeopleAlreadyInTheDirectoryAreAnnouncedByTheMigration() throws Exception {
        TestInfrastructure.Database db = TestInfrastructure.get().newDatabase("people_backfill");
        migrate(db, "11"); // Flyway wants a target that exists: V11 is the last before this branch's V18
        UUID organization = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        try (Connection c = db.connect(); var s = c.createStatement()) {
            s.executeUpdate("insert into organization (id, kind, legal_name, status, created_at, updated_at) values ('" + organization
                    + "', 'ENTERPRISE', 'Coop d''avant', 'ACTIVE', now(), now())");
            s.executeUpdate("insert into person (id, organization_id, name, email, created_at) values ('" + first + "', '" + organization
                    + "', 'Première Personne', 'premiere@avant.example', '2015-03-01T10:00:00.123456Z')");
            s.executeUpdate("insert into person (id, organization_id, name, created_at) values ('" + second + "', '" + organization
                    + "', 'Seconde Personne', '2015-04-01T10:00:00Z')");
        }

        migrate(db, "latest");

        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "select topic, aggregate_id, type, source, payload::text from outbox_event where published_at is null order by seq")) {
            while (rs.next()) {
                rows.add(String.join(" | ", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        String source = "/maillage/directory-service";
        assertThat(rows).containsExactly(
                String.join(" | ", DirectoryTopics.PEOPLE, first.toString(), PersonEventTypes.ADDED_V1, source,
                        "{\"personId\": \"" + first + "\", \"occurredAt\": \"2015-03-01T10:00:00.123456Z\", \"organizationId\": \"" + organization + "\"}"),
                String.join(" | ", DirectoryTopics.PEOPLE, second.toString(), PersonEventTypes.ADDED_V1, source,
                        "{\"personId\": \"" + second + "\", \"occurredAt\": \"2015-04-01T10:00:00.000000Z\", \"organizationId\": \"" + organization + "\"}"));
    }

    /** The service's migrations as it runs them (platform tables first), up to a version. */
    private static void migrate(TestInfrastructure.Database db, String target) {
        Flyway.configure().dataSource(db.url(), db.username(), db.password())
                .locations("classpath:db/platform", "classpath:db/migration").target(target).load().migrate();
    }
}
