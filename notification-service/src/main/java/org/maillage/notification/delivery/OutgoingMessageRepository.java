package org.maillage.notification.delivery;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The sender's statements on the one message table. Messages are queued by each kind's own queue (its hand-written
 * insert decides who receives what); here they are claimed and settled. Every settling statement erases a link's
 * sealed token: once a message is sent or closed, it is no longer needed.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OutgoingMessageRepository extends CrudRepository<OutgoingMessage, Long> {

    /** Hand-written claim: {@code skip locked} keeps several senders, in one instance or several, off each other's messages. */
    @Query(value = """
            select * from outgoing_message
            where status = 'PENDING' and delivery = 'IMMEDIATE' and next_attempt_at <= now()
            order by next_attempt_at, id limit :limit for update skip locked""", nativeQuery = true)
    List<OutgoingMessage> claim(int limit);

    /** Hand-written: the batch's addressees in one statement, each person's own language first; a closed account has none. */
    @Query(value = """
            select r.account_id, r.email, coalesce(p.language, r.language) as language, r.role from recipient r
            left join preference p on p.account_id = r.account_id
            where r.account_id = any(cast(:accounts as uuid[]))""", nativeQuery = true)
    List<Addressee> addressees(String[] accounts);

    @Query("""
            update outgoing_message set status = 'SENT', sent_at = now(), email = :email, language = :language,
                attempts = attempts + 1, error = null, sealed_token = null where id = :id""")
    long sent(long id, String email, String language);

    /** The SMTP server refused it for good: recorded with the address it refused, never retried. */
    @Query("""
            update outgoing_message set status = 'FAILED', email = :email, attempts = attempts + 1, error = :error,
                sealed_token = null where id = :id""")
    long refused(long id, String email, String error);

    /** Not to be sent, ever (see {@link Rendering.Closed}). */
    @Query("update outgoing_message set status = :status, error = :error, sealed_token = null where id = :id")
    long close(long id, String status, String error);

    @Query("update outgoing_message set attempts = attempts + 1, next_attempt_at = :next, error = :error where id = :id")
    long retryAt(long id, Instant next, String error);

    /** An alert over the day's limit leaves the immediate queue and waits for the next digest. */
    @Query("update outgoing_message set delivery = 'DIGEST' where id = :id")
    long toDigest(long id);

    long countByAccountIdAndKindAndStatusAndSentAtGreaterThanEquals(UUID accountId, Kind kind, String status, Instant sentAt);

    /** Hand-written: a lock held until the batch commits; false at once when another sender holds it. */
    @Query("select pg_try_advisory_xact_lock(hashtextextended(:key, 0))")
    boolean tryLock(String key);

    /** Erasure: the addresses and tokens kept on a closed account's messages go, and what was still to send is not sent. */
    @Query("""
            update outgoing_message set email = null, sealed_token = null,
                status = case when status = 'PENDING' then 'SUPPRESSED' else status end
            where account_id = :accountId""")
    long forget(UUID accountId);
}
