package org.maillage.directory.auth;

import io.micronaut.data.annotation.Id;
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

    long countByAccountIdAndPurposeAndCreatedAtGreaterThan(UUID accountId, String purpose, Instant since);
}
