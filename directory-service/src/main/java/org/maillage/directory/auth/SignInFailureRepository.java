package org.maillage.directory.auth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SignInFailureRepository extends CrudRepository<SignInFailureRow, String> {

    Optional<SignInFailureRow> findByFailureKeyForUpdate(String failureKey);

    /**
     * Hand-written: counting a failure and locking at the threshold is one atomic upsert, so that wrong
     * passwords sent at the same moment cannot slip past the count (each reads what its own increment produced).
     */
    @Query("""
            insert into sign_in_failure as f (failure_key, email_key, failures, locked_until, last_failure_at)
            values (:failureKey, :emailKey, 1, case when 1 >= :threshold then now() + :lockSeconds * interval '1 second' end, now())
            on conflict (failure_key) do update set
                failures = case when f.locked_until <= now() then 1 else f.failures + 1 end,
                locked_until = case
                    when f.locked_until > now() then f.locked_until
                    when (case when f.locked_until <= now() then 1 else f.failures + 1 end) >= :threshold
                        then now() + :lockSeconds * interval '1 second'
                    end,
                last_failure_at = now()
            returning failure_key, email_key, failures, locked_until, last_failure_at""")
    SignInFailureRow countFailure(String failureKey, String emailKey, int threshold, long lockSeconds);

    /** How many client addresses are locked out of this email address now. */
    long countByEmailKeyAndLockedUntilGreaterThan(String emailKey, Instant now);

    void deleteByEmailKey(String emailKey);

    @Query("""
            delete from sign_in_failure where last_failure_at < now() - :keepSeconds * interval '1 second'
                and (locked_until is null or locked_until < now())""")
    long forgetOlderThan(long keepSeconds);
}
