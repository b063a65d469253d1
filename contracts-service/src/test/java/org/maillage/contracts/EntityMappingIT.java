package org.maillage.contracts;

import io.micronaut.context.ApplicationContext;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.maillage.testkit.EntityMapping;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table of the migrated schema is read through its repository, with every column mapped and
 * holding a value (issue 20). The rows are written in SQL here, every nullable column filled, so each column's type is
 * read once.
 */
class EntityMappingIT extends ContractsServiceIT {

    /** Written by the database alone (generated columns of the opportunity search, migration V13). */
    private static final Map<String, Set<String>> DERIVED = Map.of("opportunity", Set.of("search_keys", "list_key", "search_document"));

    /** Flyway's history, and the platform's outbox and inbox, whose entities the platform's own test checks. */
    private static final Set<String> NOT_OWNED = Set.of("flyway_schema_history", "outbox_event", "inbox_event");

    @Inject
    ApplicationContext context;

    @Test
    void everyTableIsReadThroughItsRepositoryWithEveryColumnMapped() throws Exception {
        // ids of this test's own: the database is the module's (ContractsServiceIT)
        String org = UUID.randomUUID().toString();
        String opportunity = UUID.randomUUID().toString();
        String unit = UUID.randomUUID().toString();
        String person = UUID.randomUUID().toString();
        String pilot = UUID.randomUUID().toString();
        String partner = UUID.randomUUID().toString();
        String contract = UUID.randomUUID().toString();
        String first = UUID.randomUUID().toString();
        try (Connection c = service.database().connect(); Statement st = c.createStatement()) {
            st.execute("insert into known_organization (id, kind, name, status, categories, regions, updated_at, decision_units, pilots)"
                    + " values ('" + org + "', 'INSTITUTION', 'Ville', 'ACTIVE', '{90100000}', '{06}', now(), '{" + unit + "}', '{" + pilot
                    + "}')");
            st.execute("insert into known_person (id, organization_id, added_at) values ('" + person + "', '" + org + "', now())");
            st.execute("insert into opportunity (id, buyer_id, buyer_kind, decision_unit_id, title_fr, title_en, description_fr,"
                    + " description_en, categories, regions, method, notice_url, estimated_value, value_withheld, deadline, contract_starts,"
                    + " contract_ends, social_clauses, documents, status, cancel_reason, created_at, published_at, closed_at, version,"
                    + " contact_name, contact_email, question_deadline) values ('" + opportunity + "', '" + org + "', 'INSTITUTION', '"
                    + unit + "', 'Titre', 'Title', 'Description', 'Description', '{90100000}', '{06}', 'INVITATION', 'https://a.test',"
                    + " 75000.50, true, now(), '2027-03-01', '2028-02-29', '{social.smeInclusion}', '{https://a.test/b}', 'CANCELLED',"
                    + " 'raison', now(), now(), now(), 3, 'Sophie', 's@a.test', now())");
            st.execute("insert into opportunity_amendment (id, opportunity_id, amended_at, summary, previous_deadline, new_deadline)"
                    + " values (gen_random_uuid(), '" + opportunity + "', now(), 'Report', now(), now())");
            st.execute("insert into notification (opportunity_id, enterprise_id, notified_at, viewed_at, interested, reason, reason_text,"
                    + " answered_at) values ('" + opportunity + "', '" + org + "', now(), now(), false, 'OTHER', 'Trop loin', now())");
            st.execute("insert into question (id, opportunity_id, enterprise_id, question, asked_at, answer, answered_at) values"
                    + " (gen_random_uuid(), '" + opportunity + "', '" + org + "', 'Quand ?', now(), 'Demain.', now())");
            st.execute("insert into response (id, opportunity_id, enterprise_id, price_cad, proposal, documents, partners, status,"
                    + " submitted_at, updated_at, version, confirmed_partners, reason) values (gen_random_uuid(), '" + opportunity + "', '"
                    + org + "', 1000.25, 'Offre', '{https://a.test/c}', '{" + partner + "}', 'REJECTED', now(), now(), 2, '{" + partner
                    + "}', 'trop cher')");
            st.execute("insert into contract (id, opportunity_id, buyer_id, decision_unit_id, supplier_ids, title, categories, value_cad,"
                    + " starts_on, ends_on, status, origin, confirmed, created_at, version, recorded_by, confirmed_at, final_value_cad,"
                    + " confirmed_by) values ('" + contract + "', '" + opportunity + "', '" + org + "', '" + unit + "', '{" + partner
                    + "}', 'Traiteur', '{90100000}', 12500.50, '2027-03-01', '2028-02-29', 'COMPLETED', 'AWARD', true, now(), 1, '" + org
                    + "', now(), 12000, '" + org + "')");
            st.execute("insert into document (id, series_id, version, opportunity_id, enterprise_id, file_name, content_type, size_bytes,"
                    + " sha256, storage_key, summary, uploaded_by, uploaded_at) values (gen_random_uuid(), gen_random_uuid(), 1, '"
                    + opportunity + "', '" + org + "', 'devis.pdf', 'application/pdf', 1200, '" + "a".repeat(64) + "', 'k/1', 'Ajout', '"
                    + person + "', now())");
            st.execute("insert into contact (id, pilot_id, enterprise_id, counterpart_id, counterpart_kind, decision_unit_id, person_ids,"
                    + " occurred_on, channel, initiated_by, summary, outcome, next_step, follow_up_on, introduced_by_contact,"
                    + " introduced_by_person, recorded_by, created_at, version) values ('" + first + "', '" + pilot + "', '" + partner
                    + "', '" + org + "', 'INSTITUTION', null, '{}', '2014-03-01', 'EVENT', '" + partner + "', 'Rencontre', null, null, null,"
                    + " null, null, '" + org + "', now(), 0)");
            st.execute("insert into contact (id, pilot_id, enterprise_id, counterpart_id, counterpart_kind, decision_unit_id, person_ids,"
                    + " occurred_on, channel, initiated_by, summary, outcome, next_step, follow_up_on, introduced_by_contact,"
                    + " introduced_by_person, recorded_by, created_at, version) values (gen_random_uuid(), '" + pilot + "', '" + partner
                    + "', '" + org + "', 'INSTITUTION', '" + unit + "', '{" + person + "}', '2014-03-20', 'MEETING', '" + org + "', 'Suite',"
                    + " 'Menu envoyé', 'Rappeler', '2014-04-03', '" + first + "', '" + person + "', '" + org + "', now(), 1)");
            st.execute("insert into match_opened (account_id, opportunity_id, opened_at) values ('" + person + "', '" + opportunity
                    + "', now())");
            st.execute("insert into matches_visit (account_id, last_seen_at, previous_visit_at) values ('" + person + "', now(), now())");
            st.execute("insert into contract_change (contract_id, seq, kind, reason, status, value_cad, ends_on, changed_by, changed_at)"
                    + " values ('" + contract + "', 1, 'STATUS', 'fini', 'COMPLETED', 12000, '2028-02-29', '" + org + "', now())");
        }

        EntityMapping.Report report = EntityMapping.check(context, service.database(), NOT_OWNED, DERIVED);

        assertThat(report.problems()).isEmpty();
        assertThat(report.rowsRead()).containsOnlyKeys("contact", "contract", "contract_change", "document", "known_organization",
                "known_person", "match_opened", "matches_visit", "notification", "opportunity", "opportunity_amendment", "question",
                "response");
        assertThat(report.rowsRead()).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
    }
}
