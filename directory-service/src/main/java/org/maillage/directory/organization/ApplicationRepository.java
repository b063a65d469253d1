package org.maillage.directory.organization;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ApplicationRepository extends CrudRepository<ApplicationRow, UUID> {

    /**
     * A pilot's applications, pending or refused, by name then id, after the organization {@code after} (null: from the
     * start). Hand-written: a keyset over the organization's sort name, and an application made before migration V12 has
     * no row of its own (a left join).
     */
    @Query("""
            select o.id as organization_id, o.legal_name as name, o.status, m.joined_on as applied_on, a.contact_email,
                   coalesce(a.language, 'fr') as language, a.refused_at, a.refusal_reason
            from pilot_member m join organization o on o.id = m.organization_id
            left join application a on a.organization_id = o.id
            where m.pilot_id = :pilotId and o.status in ('PENDING', 'REFUSED') and (cast(:after as uuid) is null
                or (o.sort_name, o.id) > (select sort_name, id from organization where id = cast(:after as uuid)))
            order by o.sort_name, o.id limit :limit""")
    List<ApplicationLine> inPilot(UUID pilotId, @io.micronaut.core.annotation.Nullable UUID after, int limit);
}
