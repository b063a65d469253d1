package org.maillage.notification;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.testkit.EntityMapping;
import org.maillage.testkit.ServiceUnderTest;

import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table of the migrated schema is read through its repository, with every column mapped and holding a value
 * (issue 20). The rows are written in SQL here, every nullable column filled, so each column's type is read once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntityMappingIT implements TestPropertyProvider {

    private final ServiceUnderTest service = ServiceUnderTest.create("notification_mapping",
            List.of(DirectoryTopics.ORGANIZATIONS, DirectoryTopics.ACCOUNTS, ContractsTopics.OPPORTUNITIES));

    @Inject
    ApplicationContext context;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(service.properties());
        // nothing to send: the rows below are only read
        p.put("maillage.mail.sender.enabled", "false");
        p.put("maillage.mail.digest-every", "1h");
        return p;
    }

    @Test
    void everyTableIsReadThroughItsRepositoryWithEveryColumnMapped() throws Exception {
        String org = "00000000-0000-4000-8000-000000000001";
        String account = "00000000-0000-4000-8000-000000000002";
        String opportunity = "00000000-0000-4000-8000-000000000003";
        try (Connection c = service.database().connect(); Statement st = c.createStatement()) {
            st.execute("insert into organization values ('" + org + "', 'ENTERPRISE', 'Coop', 'ACTIVE', '{90100000}', '{06}',"
                    + " '{6d6f6e74-7265-4061-8000-000000002014}', now())");
            st.execute("insert into recipient values ('" + account + "', '" + org + "', 'SUPPLIER', 'a@coop.test', 'fr', now())");
            st.execute("insert into preference values ('" + account + "', '{90100000}', '{06}', 'DIGEST', 8, 'en', true, now(), '{AMENDED}', now())");
            st.execute("insert into opportunity values ('" + opportunity + "', 'Titre', 'Title', '{90100000}', '{06}', now(), 'PUBLISHED',"
                    + " 'raison', now())");
            st.execute("insert into engagement values ('" + opportunity + "', '" + org + "', true, true)");
            st.execute("insert into bounced_address values ('b@coop.test', '550 no such user', now())");
            st.execute("insert into email_intent values (1, 'e1', '" + account + "', 'DIGEST', '" + opportunity + "', 'IMMEDIATE', 'SENT',"
                    + " null, 'a@coop.test', 'fr', 1, now(), now(), now(), 'none')");
            st.execute("insert into email_intent values (2, 'e2', '" + account + "', 'MATCHED', '" + opportunity + "', 'DIGEST', 'DIGESTED',"
                    + " 1, 'a@coop.test', 'fr', 0, now(), now(), now(), 'none')");
        }

        EntityMapping.Report report = EntityMapping.check(context, service.database(),
                Set.of("flyway_schema_history", "outbox_event", "inbox_event"), Map.of());

        assertThat(report.problems()).isEmpty();
        assertThat(report.rowsRead()).containsOnlyKeys("bounced_address", "email_intent", "engagement", "opportunity", "organization",
                "preference", "recipient");
        assertThat(report.rowsRead()).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
    }
}
