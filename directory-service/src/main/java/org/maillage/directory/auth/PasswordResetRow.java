package org.maillage.directory.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A one-time password-reset token, by its hash only. */
@MappedEntity("password_reset")
record PasswordResetRow(@Id String tokenHash, UUID accountId, Instant expiresAt, @Nullable Instant usedAt) {

    boolean usable() {
        return usedAt == null && expiresAt.isAfter(Instant.now());
    }
}
