package org.maillage.platform.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OutboxRepository extends CrudRepository<OutboxEventRow, Long> {

    /** Hand-written for the cast: the payload is already JSON text, stored as jsonb as it is. */
    @Query("""
            insert into outbox_event (id, topic, aggregate_id, type, source, occurred_at, payload, traceparent)
            values (:id, :topic, :aggregateId, :type, :source, :occurredAt, cast(:payload as jsonb), :traceparent)""")
    long append(UUID id, String topic, String aggregateId, String type, String source, Instant occurredAt, String payload,
                @Nullable String traceparent);

    /** One relay at a time across instances, for the batch's transaction: the order of each aggregate's events is kept. */
    @Query("select pg_try_advisory_xact_lock(:key)")
    boolean tryRelayLock(long key);

    /** Hand-written claim of the relay: the oldest unpublished rows, by the partial index of migration V0_1. */
    @Query("""
            select seq, id, topic, aggregate_id, type, source, occurred_at, cast(payload as text) as payload, traceparent
            from outbox_event where published_at is null order by seq limit :limit""")
    List<OutboxRow> unpublished(int limit);

    @Query("update outbox_event set published_at = now() where seq = any(:seqs)")
    long published(Long[] seqs);
}
