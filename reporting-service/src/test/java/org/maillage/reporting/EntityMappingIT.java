package org.maillage.reporting;

import io.micronaut.context.ApplicationContext;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.maillage.testkit.EntityMapping;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table the projections write is read through its repository, with every column mapped and holding a value
 * (issue 20). The summary cells are not entities: the views of migration V6 define them, and the hand-written
 * statements of ContractShareRepository, ContactCellRepository and the rebuild delete and insert them from those views;
 * the dashboard only sums them.
 */
class EntityMappingIT extends ReportingServiceIT {

    private static final Set<String> DERIVED_BY_VIEWS = Set.of("cell_month", "cell_buyer", "cell_supplier",
            "cell_category", "cell_contact", "cell_contact_depth", "cell_first_contact", "cell_unit");

    @Inject
    ApplicationContext context;

    @Test
    void everyProjectedTableIsReadThroughItsRepositoryWithEveryColumnMapped() throws Exception {
        String org = "'00000000-0000-4000-8000-000000000001'";
        String buyer = "'00000000-0000-4000-8000-000000000002'";
        String pilot = "'6d6f6e74-7265-4061-8000-000000002014'";
        String opportunity = "'00000000-0000-4000-8000-000000000003'";
        try (Connection c = service.database().connect(); Statement st = c.createStatement()) {
            st.execute("insert into organization (id, kind, name, status, categories, regions, updated_at, pilots, legal_form, institution_type,"
                    + " commitment_contracts, commitment_value) values (" + buyer + ", 'INSTITUTION', 'Ville', 'ACTIVE', '{90100000}', '{06}',"
                    + " now(), array[" + pilot + "], 'OTHER', 'MUNICIPALITY', 3, 1000.50)");
            st.execute("insert into decision_unit values (" + buyer + ", " + org + ", 'Achats')");
            st.execute("insert into pilot_member values (" + pilot + ", " + buyer + ", 'INSTITUTION')");
            st.execute("insert into opportunity values (" + opportunity + ", " + buyer + ", 'INSTITUTION', " + org + ", 'Titre', 'Title',"
                    + " 'INVITATION', '{90100000}', '{06}', '{social.smeInclusion}', 25000, now(), 'PUBLISHED', 'raison', 2, now(), now())");
            st.execute("insert into opportunity_match values (" + opportunity + ", " + org + ")");
            st.execute("insert into opportunity_interest values (" + opportunity + ", " + org + ", false, 'trop loin', now())");
            st.execute("insert into opportunity_response values (" + opportunity + ", " + org + ", 'SUBMITTED', now())");
            st.execute("insert into contract values (" + org + ", " + opportunity + ", " + buyer + ", array[" + org + "]::uuid[], 'Traiteur',"
                    + " '{90100000}', 1000, 1100, '2026-01-01', '2026-12-31', 'ACTIVE', 'AWARD', true, '2026-01-01', now())");
            st.execute("insert into contact values (" + org + ", " + pilot + ", " + org + ", " + buyer + ", 'INSTITUTION', " + org + ","
                    + " '2026-01-05', '2026-01-01', 'EVENT', " + org + ", true, now(), now(), " + org + ", " + buyer + ", true, 1, 2)");
            st.execute("insert into contract_share values (" + org + ", " + pilot + ", " + org + ", " + buyer + ", '2026-01-01', '90100000',"
                    + " 1100, 1100, true, true, false, false)");
        }
        Set<String> notEntities = new java.util.HashSet<>(DERIVED_BY_VIEWS);
        notEntities.addAll(Set.of("flyway_schema_history", "outbox_event", "inbox_event"));

        EntityMapping.Report report = EntityMapping.check(context, service.database(), notEntities, Map.of());

        assertThat(report.problems()).isEmpty();
        assertThat(report.rowsRead()).containsOnlyKeys("contact", "contract", "contract_share", "decision_unit", "opportunity",
                "opportunity_interest", "opportunity_match", "opportunity_response", "organization", "pilot_member");
        assertThat(report.rowsRead()).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
    }
}
