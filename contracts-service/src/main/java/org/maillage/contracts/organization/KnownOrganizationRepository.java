package org.maillage.contracts.organization;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface KnownOrganizationRepository extends CrudRepository<KnownOrganizationRow, UUID> {

    /** Hand-written for its conflict clause: the newer state wins, whatever order events arrive in. */
    @Query("""
            insert into known_organization (id, kind, name, status, categories, regions, pilots, decision_units, updated_at)
            values (:id, :kind, :name, :status, :categories, :regions, :pilots, :decisionUnits, :updatedAt)
            on conflict (id) do update set kind = excluded.kind, name = excluded.name, status = excluded.status,
                categories = excluded.categories, regions = excluded.regions, pilots = excluded.pilots,
                decision_units = excluded.decision_units, updated_at = excluded.updated_at
            where known_organization.updated_at <= excluded.updated_at""")
    void upsert(UUID id, String kind, String name, String status, String[] categories, String[] regions, String[] pilots,
                String[] decisionUnits, Instant updatedAt);
}
