package org.maillage.directory.pilot;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PilotMemberRepository extends CrudRepository<PilotMemberRow, PilotMemberRow.Key> {

    @Query("select * from pilot_member where organization_id = :organizationId order by joined_on, pilot_id")
    List<PilotMemberRow> findByOrganization(UUID organizationId);

    /** Members only: an application (PENDING, REFUSED) is no member and never public (OrganizationStatuses). */
    String MEMBER = " o.status not in ('PENDING', 'REFUSED') ";

    @Query("select count(*) from pilot_member m join organization o on o.id = m.organization_id where m.pilot_id = :pilotId and" + MEMBER)
    long countInPilot(UUID pilotId);

    /** Every pilot's member count in one statement, for the list of pilots. */
    @Query("select m.pilot_id, count(*) as members from pilot_member m join organization o on o.id = m.organization_id where" + MEMBER
            + "group by m.pilot_id")
    List<MemberCount> countByPilot();

    /** Hand-written so that joining twice keeps the first date, and two joins at once cannot collide on the key. */
    @Query("insert into pilot_member (pilot_id, organization_id, joined_on) values (:pilotId, :organizationId, :joinedOn) on conflict do nothing")
    long join(UUID pilotId, UUID organizationId, LocalDate joinedOn);

    /** Whether two members take part in one pilot; an application takes part in none. */
    @Query("""
            select exists (select 1 from pilot_member x join pilot_member y on y.pilot_id = x.pilot_id
                           join organization o on o.id = x.organization_id join organization p on p.id = y.organization_id
                           where x.organization_id = :a and y.organization_id = :b
                             and o.status not in ('PENDING', 'REFUSED') and p.status not in ('PENDING', 'REFUSED'))""")
    boolean shareAPilot(UUID a, UUID b);

    /**
     * A page of a pilot's members by name then id, after the organization {@code after} (null: from the start).
     * Hand-written: a keyset over the organization's sort name, which belongs to another table.
     */
    @Query("""
            select o.id as organization_id, o.legal_name as name, o.kind, o.status, m.joined_on from pilot_member m
            join organization o on o.id = m.organization_id
            where m.pilot_id = :pilotId and o.status not in ('PENDING', 'REFUSED') and (cast(:after as uuid) is null
                or (o.sort_name, o.id) > (select sort_name, id from organization where id = cast(:after as uuid)))
            order by o.sort_name, o.id limit :limit""")
    List<MemberRow> membersAfter(UUID pilotId, @io.micronaut.core.annotation.Nullable UUID after, int limit);
}
