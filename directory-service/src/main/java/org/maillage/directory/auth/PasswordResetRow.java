package org.maillage.directory.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A one-time password-reset token, by its hash only; purpose RESET, EMAILED_RESET or INVITATION (see V14). */
@MappedEntity("password_reset")
record PasswordResetRow(@Id String tokenHash, UUID accountId, Instant expiresAt, @Nullable Instant usedAt, String purpose,
                        Instant createdAt) {

    boolean usable() {
        return usedAt == null && expiresAt.isAfter(Instant.now());
    }
}
