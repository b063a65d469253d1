package org.maillage.directory.auth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SignInAddressFailureRepository extends CrudRepository<SignInAddressFailureRow, String> {

    /** One more failure from a client address, whatever the email; a count older than the window starts again. */
    @Query("""
            insert into sign_in_address_failure as a (address_key, failures, last_failure_at) values (:addressKey, 1, now())
            on conflict (address_key) do update set
                failures = case when a.last_failure_at < now() - :windowSeconds * interval '1 second' then 1 else a.failures + 1 end,
                last_failure_at = now()
            returning address_key, failures, last_failure_at""")
    SignInAddressFailureRow countFailure(String addressKey, long windowSeconds);

    @Query("delete from sign_in_address_failure where last_failure_at < now() - :keepSeconds * interval '1 second'")
    long forgetOlderThan(long keepSeconds);
}
