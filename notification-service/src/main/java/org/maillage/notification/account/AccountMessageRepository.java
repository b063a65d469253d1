package org.maillage.notification.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AccountMessageRepository extends CrudRepository<AccountMessage, Long> {

    boolean existsByEventId(String eventId);

    /** Claimed for the caller's transaction; {@code skip locked} keeps two instances off the same message. */
    @Query(value = """
            select * from account_message where status = 'PENDING' and next_attempt_at <= now()
            order by id limit :limit for update skip locked""", nativeQuery = true)
    List<AccountMessage> claimDue(int limit);

    /** The person's address and language (their own choice first), from the directory's copy kept here. */
    @Query(value = """
            select r.email, coalesce(p.language, r.language) as language from recipient r
            left join preference p on p.account_id = r.account_id where r.account_id = :accountId""", nativeQuery = true)
    Optional<Address> findAddress(UUID accountId);

    /** Sent: the sealed token goes, it is no longer needed. */
    @Query("update account_message set status = 'SENT', sealed_token = null, email = :email, language = :language, sent_at = now(), attempts = attempts + 1, error = null where id = :id")
    void markSent(long id, String email, String language);

    /** Expired, refused for good, or no one to write to: the token goes too. */
    @Query("update account_message set status = :status, sealed_token = null, error = :error, attempts = attempts + :tried where id = :id")
    void close(long id, String status, String error, int tried);

    @Query("update account_message set attempts = attempts + 1, next_attempt_at = :next, error = :error where id = :id")
    void retryAt(long id, Instant next, String error);
}
