package org.maillage.reporting.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ContactRepository extends CrudRepository<ContactRow, UUID> {

    /**
     * Hand-written: an upsert where the newest state wins in one statement; the pair is ordered (low, high) so that
     * both directions of a pair share the index of migration V5. 0 when this state is older.
     */
    @Query("""
            insert into contact (id, pilot_id, enterprise_id, counterpart_id, counterpart_kind, decision_unit_id, occurred_on, month,
                channel, introduced_by, introduced, created_at, updated_at, low_id, high_id)
            values (:id, :pilotId, :enterpriseId, :counterpartId, :counterpartKind, :decisionUnitId, :occurredOn,
                cast(date_trunc('month', cast(:occurredOn as date)) as date), :channel, :introducedBy, :introduced, :createdAt, :updatedAt,
                least(cast(:enterpriseId as uuid), cast(:counterpartId as uuid)), greatest(cast(:enterpriseId as uuid), cast(:counterpartId as uuid)))
            on conflict (id) do update set pilot_id = excluded.pilot_id, decision_unit_id = excluded.decision_unit_id,
                channel = excluded.channel, updated_at = excluded.updated_at
            where contact.updated_at <= excluded.updated_at""")
    long keepNewest(UUID id, @Nullable UUID pilotId, UUID enterpriseId, UUID counterpartId, String counterpartKind,
                    @Nullable UUID decisionUnitId, LocalDate occurredOn, String channel, @Nullable UUID introducedBy, boolean introduced,
                    Instant createdAt, Instant updatedAt);
}
