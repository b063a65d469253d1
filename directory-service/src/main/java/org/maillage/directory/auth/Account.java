package org.maillage.directory.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("account")
public record Account(
        @Id UUID id,
        String email,
        String passwordHash,
        String role,
        @Nullable UUID organizationId,
        @Nullable UUID decisionUnitId,
        @TypeDef(type = DataType.STRING_ARRAY) String[] pilots,
        String language,
        int failedLogins,
        @Nullable Instant lockedUntil,
        Instant createdAt) {

    Account withFailedLogin(int failures, @Nullable Instant lockUntil) {
        return new Account(id, email, passwordHash, role, organizationId, decisionUnitId, pilots, language, failures, lockUntil, createdAt);
    }

    Account withPassword(String hash) {
        return new Account(id, email, hash, role, organizationId, decisionUnitId, pilots, language, 0, null, createdAt);
    }
}
