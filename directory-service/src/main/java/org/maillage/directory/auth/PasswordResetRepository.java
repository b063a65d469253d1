package org.maillage.directory.auth;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PasswordResetRepository extends CrudRepository<PasswordResetRow, String> {

    /** Of two resets with the same token at once, the second waits here and then sees the token used. */
    Optional<PasswordResetRow> findByIdForUpdate(String tokenHash);

    void update(@Id String tokenHash, Instant usedAt);

    /** Hand-written: one statement closes every token of the account still open (V20 indexes them). */
    @Query("update password_reset set used_at = :closedAt where account_id = :accountId and used_at is null")
    void closeOpen(UUID accountId, Instant closedAt);

    long countByAccountIdAndPurposeAndCreatedAtGreaterThan(UUID accountId, String purpose, Instant since);
}
