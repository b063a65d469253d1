package org.maillage.directory.auth;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/** An account no one has signed in with yet, as the query reads it; created_at is when it was opened (invited). */
@Introspected
record NeverSignedIn(UUID id, String email, String role, @Nullable UUID organizationId, String organizationName, String language,
                     Instant createdAt) {
}
