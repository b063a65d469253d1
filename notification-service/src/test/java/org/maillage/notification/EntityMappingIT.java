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
            List.of(DirectoryTopics.ORGANIZATIONS, DirectoryTopics.ACCOUNTS, ContractsTopics.OPPORTUNITIES, ContractsTopics.CONTRACTS));

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
        String question = "00000000-0000-4000-8000-000000000004";
        String contract = "00000000-0000-4000-8000-000000000005";
        String pilot = "6d6f6e74-7265-4061-8000-000000002014";
        try (Connection c = service.database().connect(); Statement st = c.createStatement()) {
            st.execute("insert into organization (id, kind, name, status, categories, regions, pilots, changed_at) values ('" + org
                    + "', 'ENTERPRISE', 'Coop', 'ACTIVE', '{90100000}', '{06}', '{" + pilot + "}', now())");
            st.execute("insert into recipient (account_id, organization_id, role, email, language, changed_at, pilots) values ('"
                    + account + "', '" + org + "', 'SUPPLIER', 'a@coop.test', 'fr', now(), '{" + pilot + "}')");
            st.execute("insert into preference (account_id, categories, regions, delivery, digest_hour, language, alerts_consent,"
                    + " consented_at, kinds_off, changed_at) values ('" + account + "', '{90100000}', '{06}', 'DIGEST', 8, 'en', true, now(),"
                    + " '{AMENDED}', now())");
            st.execute("insert into opportunity (id, title_fr, title_en, categories, regions, deadline, status, cancel_reason, changed_at,"
                    + " buyer_id) values ('" + opportunity + "', 'Titre', 'Title', '{90100000}', '{06}', now(), 'PUBLISHED', 'raison', now(), '"
                    + org + "')");
            st.execute("insert into engagement (opportunity_id, enterprise_id, interested, responded, asked) values ('" + opportunity
                    + "', '" + org + "', true, true, true)");
            st.execute("insert into answered_question (question_id, opportunity_id, question, answer, answered_at) values ('" + question
                    + "', '" + opportunity + "', 'Quand ?', 'Demain.', now())");
            st.execute("insert into declared_contract (contract_id, title, value_cad, recorded_by, buyer_id, declared_at, confirmed) values ('"
                    + contract + "', 'Traiteur', 12500.50, '" + org + "', '" + org + "', now(), true)");
            st.execute("insert into bounced_address (email, reason, bounced_at) values ('b@coop.test', '550 no such user', now())");
            String columns = "insert into email_intent (id, event_id, account_id, kind, opportunity_id, delivery, status, digest_id, email,"
                    + " language, attempts, next_attempt_at, created_at, sent_at, error, question_id, contract_id) values ";
            st.execute(columns + "(1, 'e1', '" + account + "', 'DIGEST', '" + opportunity + "', 'IMMEDIATE', 'SENT', null, 'a@coop.test',"
                    + " 'fr', 1, now(), now(), now(), 'none', '" + question + "', '" + contract + "')");
            st.execute(columns + "(2, 'e2', '" + account + "', 'MATCHED', '" + opportunity + "', 'DIGEST', 'DIGESTED', 1, 'a@coop.test',"
                    + " 'fr', 0, now(), now(), now(), 'none', '" + question + "', '" + contract + "')");
            st.execute("insert into account_message (id, event_id, account_id, kind, sealed_token, expires_at, locked_until, status, email,"
                    + " language, attempts, next_attempt_at, created_at, sent_at, error) values (1, 'e3', '" + account + "', 'LOCKED',"
                    + " 'sealed', now(), now(), 'SENT', 'a@coop.test', 'fr', 1, now(), now(), now(), 'none')");
            st.execute("insert into applicant_message (event_id, organization_id, email, language, organization_name, reason, status,"
                    + " attempts, error, next_attempt_at, created_at, sent_at) values ('e4', '" + org + "', 'c@coop.test', 'en', 'Coop',"
                    + " 'hors pilote', 'SENT', 1, 'none', now(), now(), now())");
            st.execute("insert into invitation_message (event_id, account_id, organization_id, pilot_name, organization_name, status,"
                    + " attempts, error, next_attempt_at, created_at, sent_at) values ('e5', '" + account + "', '" + org + "', 'Estrie',"
                    + " 'Coop', 'SENT', 1, 'none', now(), now(), now())");
            st.execute("insert into partner_message (event_id, opportunity_id, lead_id, account_id, status, attempts, error,"
                    + " next_attempt_at, created_at, sent_at) values ('e6', '" + opportunity + "', '" + org + "', '" + account + "',"
                    + " 'SENT', 1, 'none', now(), now(), now())");
        }

        EntityMapping.Report report = EntityMapping.check(context, service.database(),
                Set.of("flyway_schema_history", "outbox_event", "inbox_event"), Map.of());

        assertThat(report.problems()).isEmpty();
        assertThat(report.rowsRead()).containsOnlyKeys("account_message", "answered_question", "applicant_message", "bounced_address",
                "declared_contract", "email_intent", "engagement", "invitation_message", "opportunity", "organization", "partner_message",
                "preference", "recipient");
        assertThat(report.rowsRead()).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
    }
}
