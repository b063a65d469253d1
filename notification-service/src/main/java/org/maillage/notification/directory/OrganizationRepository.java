package org.maillage.notification.directory;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrganizationRepository extends CrudRepository<OrganizationRow, UUID> {

    /** Hand-written: an upsert where the newest state wins in one statement, whatever order the events arrive in. */
    @Query("""
            insert into organization (id, kind, name, status, categories, regions, pilots, changed_at)
            values (:id, :kind, :name, :status, :categories, :regions, cast(:pilots as uuid[]), :changedAt)
            on conflict (id) do update set kind = excluded.kind, name = excluded.name, status = excluded.status,
                categories = excluded.categories, regions = excluded.regions, pilots = excluded.pilots,
                changed_at = excluded.changed_at
            where organization.changed_at <= excluded.changed_at""")
    long keepNewest(UUID id, String kind, String name, String status, String[] categories, String[] regions, String[] pilots,
                    Instant changedAt);
}
