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
/*
 * A context, database and topics of its own (the module has no shared one): its sender is off, which would hold back
 * every other class's mail.
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
                    + " buyer_id, estimated_value, question_deadline, matched_enterprises) values ('" + opportunity + "', 'Titre', 'Title',"
                    + " '{90100000}', '{06}', now(), 'PUBLISHED', 'raison', now(), '" + org + "', 75000.50, now(), 4)");
            st.execute("insert into bidder_outcome (opportunity_id, enterprise_id, result, reason, decision, decision_reason, decided_at)"
                    + " values ('" + opportunity + "', '" + org + "', 'REJECTED', 'trop cher', 'UNSUCCESSFUL', 'budget', now())");
            st.execute("insert into asked_question (question_id, opportunity_id, question, asked_at) values ('" + question + "', '"
                    + opportunity + "', 'Quand ?', now())");
            st.execute("insert into engagement (opportunity_id, enterprise_id, interested, responded, asked) values ('" + opportunity
                    + "', '" + org + "', true, true, true)");
            st.execute("insert into answered_question (question_id, opportunity_id, question, answer, answered_at) values ('" + question
                    + "', '" + opportunity + "', 'Quand ?', 'Demain.', now())");
            st.execute("insert into declared_contract (contract_id, title, value_cad, recorded_by, buyer_id, declared_at, confirmed) values ('"
                    + contract + "', 'Traiteur', 12500.50, '" + org + "', '" + org + "', now(), true)");
            st.execute("insert into bounced_address (email, reason, bounced_at) values ('b@coop.test', '550 no such user', now())");
            String columns = "insert into outgoing_message (id, message_key, kind, event_id, account_id, email, language, delivery,"
                    + " status, attempts, next_attempt_at, created_at, sent_at, error, digest_id, opportunity_id, question_id, contract_id,"
                    + " organization_id, organization_name, pilot_name, reason, sealed_token, expires_at, locked_until, received_at) values ";
            // one row with every column filled, whatever its kind reads; a second that points to the first (a gathered alert)
            st.execute(columns + "(1, 'k1', 'DIGEST', 'e1', '" + account + "', 'a@coop.test', 'fr', 'IMMEDIATE', 'SENT', 1, now(), now(),"
                    + " now(), 'none', null, '" + opportunity + "', '" + question + "', '" + contract + "', '" + org + "', 'Coop', 'Estrie',"
                    + " 'hors pilote', 'sealed', now(), now(), now())");
            st.execute(columns + "(2, 'k2', 'MATCHED', 'e2', '" + account + "', 'a@coop.test', 'fr', 'DIGEST', 'DIGESTED', 0, now(), now(),"
                    + " now(), 'none', 1, '" + opportunity + "', null, null, null, null, null, null, null, null, null, null)");
            st.execute(columns + "(3, 'k3', 'APPLICATION_REFUSED', 'e3', null, 'c@coop.test', 'en', 'IMMEDIATE', 'SENT', 1, now(), now(),"
                    + " now(), null, null, null, null, null, '" + org + "', 'Coop', null, 'hors pilote', null, null, null, null)");
            st.execute("insert into response_receipt (response_id, received_at, opportunity_id, enterprise_id, account_id, replaced,"
                    + " file_names, file_sizes, file_digests) values ('" + question + "', now(), '" + opportunity + "', '" + org + "', '"
                    + account + "', true, '{Soumission.pdf}', '{4096}', '{" + "a".repeat(64) + "}')");
        }

        EntityMapping.Report report = EntityMapping.check(context, service.database(),
                Set.of("flyway_schema_history", "outbox_event", "inbox_event"), Map.of());

        assertThat(report.problems()).isEmpty();
        assertThat(report.rowsRead()).containsOnlyKeys("answered_question", "asked_question", "bidder_outcome", "bounced_address",
                "declared_contract", "engagement", "opportunity", "organization", "outgoing_message", "preference", "recipient",
                "response_receipt");
        assertThat(report.rowsRead()).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
    }
}
