package org.maillage.reporting.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrganizationRepository extends CrudRepository<OrganizationRow, UUID> {

    /** Hand-written: an upsert where the newest state wins in one statement, whatever order the events arrive in; 0 when older. */
    @Query("""
            insert into organization (id, kind, name, status, categories, regions, pilots, legal_form, institution_type,
                commitment_contracts, commitment_value, updated_at)
            values (:id, :kind, :name, :status, :categories, :regions, :pilots, :legalForm, :institutionType,
                :commitmentContracts, :commitmentValue, :updatedAt)
            on conflict (id) do update set kind = excluded.kind, name = excluded.name, status = excluded.status,
                categories = excluded.categories, regions = excluded.regions, pilots = excluded.pilots,
                legal_form = excluded.legal_form, institution_type = excluded.institution_type,
                commitment_contracts = excluded.commitment_contracts, commitment_value = excluded.commitment_value,
                updated_at = excluded.updated_at
            where organization.updated_at <= excluded.updated_at""")
    long keepNewest(UUID id, String kind, String name, String status, String[] categories, String[] regions, String[] pilots,
                    @Nullable String legalForm, @Nullable String institutionType, @Nullable Integer commitmentContracts,
                    @Nullable BigDecimal commitmentValue, Instant updatedAt);

    /** The headline counts, optionally of one pilot's members only; applications (PENDING, REFUSED) are no members. */
    @Query("""
            select count(*) filter (where kind = 'ENTERPRISE') as enterprises, count(*) filter (where kind = 'INSTITUTION') as institutions,
                   count(*) filter (where status = 'ACTIVE') as active from organization
            where status not in ('PENDING', 'REFUSED') and (cast(:pilot as text) is null or cast(:pilot as text) = any(pilots))""")
    Counts summary(@Nullable String pilot);
}
