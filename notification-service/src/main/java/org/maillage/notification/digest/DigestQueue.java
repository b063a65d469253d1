package org.maillage.notification.digest;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.maillage.notification.delivery.OutgoingMessage;

import java.util.List;
import java.util.UUID;

/** Hand-written: the digest is a message like any other, keyed by (day, person), that gathers the alerts waiting for it. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DigestQueue extends GenericRepository<OutgoingMessage, Long> {

    /** The people whose digest hour (Montréal time) has come and who have alerts waiting for it. */
    @Query("""
            select distinct m.account_id from outgoing_message m
            left join preference p on p.account_id = m.account_id
            where m.status = 'PENDING' and m.delivery = 'DIGEST' and coalesce(p.digest_hour, 7) <= :hour""")
    List<UUID> waitingForDigest(int hour);

    /** The day's digest of one person, unless it exists already (then nothing). */
    @Query("""
            insert into outgoing_message (message_key, kind, event_id, account_id)
            values (:eventId || '|' || :accountId || '|DIGEST', 'DIGEST', :eventId, :accountId)
            on conflict (message_key) do nothing returning id""")
    List<Long> openDigest(String eventId, UUID accountId);

    @Query("""
            update outgoing_message set status = 'DIGESTED', digest_id = :digestId
            where account_id = :accountId and status = 'PENDING' and delivery = 'DIGEST'""")
    long gather(long digestId, UUID accountId);
}
