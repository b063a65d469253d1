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
interface RefreshTokenRepository extends CrudRepository<RefreshTokenRow, String> {

    /** A rotation holds the token's lock, so that of two uses at once the second sees the first. */
    Optional<RefreshTokenRow> findByIdForUpdate(String tokenHash);

    void update(@Id String tokenHash, Instant usedAt);

    @Query("update refresh_token set revoked_at = now() where family_id = :familyId and revoked_at is null")
    long revokeFamily(UUID familyId);

    @Query("update refresh_token set revoked_at = now() where account_id = :accountId and revoked_at is null")
    long revokeAccount(UUID accountId);
}
