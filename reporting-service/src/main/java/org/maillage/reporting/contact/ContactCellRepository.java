package org.maillage.reporting.contact;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What is derived from the contact log, and its monthly cells. Hand-written (issue 20): set-based updates from the views
 * of migration V6 that change only the rows whose derived value differs and return their months, so a busy pair costs
 * no more than a quiet one; the cells are deleted and inserted again from their views, as the rebuild defines them.
 * The updates return the changed rows whole: Micronaut Data maps an update's {@code returning} onto the entity only.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ContactCellRepository extends GenericRepository<ContactRow, UUID> {

    /** Which of the pair's contacts is first (a contact without a pilot still takes part). */
    @Query("""
            update contact k set is_first = f.first from contact_first_source f
            where f.low_id = :lowId and f.high_id = :highId and f.id = k.id and k.is_first is distinct from f.first
            returning k.*""")
    List<ContactRow> markFirst(UUID lowId, UUID highId);

    /** A contact's depth is its introducer's plus one; 1 when introduced by a person or an unknown contact, else 0. */
    @Query("""
            update contact k set depth = coalesce((select p.depth + 1 from contact p where p.id = k.introduced_by),
                                                  case when k.introduced then 1 else 0 end)
            where k.id = :id""")
    long placeInChain(UUID id);

    /** The contacts a contact introduced whose depth is now wrong, set right. */
    @Query("""
            update contact k set depth = p.depth + 1 from contact p
            where p.id = :parentId and k.introduced_by = p.id and k.depth <> p.depth + 1
            returning k.*""")
    List<ContactRow> deepenIntroduced(UUID parentId);

    /** For the pair's first contact: months until the pair's first counted contract in that pilot, at or after it. */
    @Query("""
            update contact k set months_to_contract = v.months from contact_conversion_source v
            where v.low_id = least(cast(:a as uuid), cast(:b as uuid)) and v.high_id = greatest(cast(:a as uuid), cast(:b as uuid))
              and v.id = k.id and k.months_to_contract is distinct from v.months
            returning k.*""")
    List<ContactRow> convert(UUID a, UUID b);

    @Query("delete from cell_contact where pilot_id = :pilotId and month = :month")
    long deleteContacts(UUID pilotId, LocalDate month);

    @Query("insert into cell_contact select * from cell_contact_source where pilot_id = :pilotId and month = :month")
    long insertContacts(UUID pilotId, LocalDate month);

    @Query("delete from cell_contact_depth where pilot_id = :pilotId and month = :month")
    long deleteDepths(UUID pilotId, LocalDate month);

    @Query("insert into cell_contact_depth select * from cell_contact_depth_source where pilot_id = :pilotId and month = :month")
    long insertDepths(UUID pilotId, LocalDate month);

    @Query("delete from cell_first_contact where pilot_id = :pilotId and month = :month")
    long deleteFirstContacts(UUID pilotId, LocalDate month);

    @Query("insert into cell_first_contact select * from cell_first_contact_source where pilot_id = :pilotId and month = :month")
    long insertFirstContacts(UUID pilotId, LocalDate month);

    @Query("delete from cell_unit where pilot_id = :pilotId and month = :month")
    long deleteUnits(UUID pilotId, LocalDate month);

    @Query("insert into cell_unit select * from cell_unit_source where pilot_id = :pilotId and month = :month")
    long insertUnits(UUID pilotId, LocalDate month);
}
