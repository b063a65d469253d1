package org.maillage.directory.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A refresh token, by its SHA-256 hash only; a family is one sign-in and all its rotations. */
@MappedEntity("refresh_token")
record RefreshTokenRow(@Id String tokenHash, UUID familyId, UUID accountId, Instant expiresAt, @Nullable Instant usedAt,
                       @Nullable Instant revokedAt) {
}
