package org.maillage.directory.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A signing key as stored: sealed, with its public half in clear. {@code jwk} is the clear copy an older
 * version wrote (migration V11), emptied once sealed.
 */
@MappedEntity("signing_key")
record SigningKeyRow(@Id String kid, @Nullable String jwk, @Nullable String publicJwk, @Nullable byte[] sealedPrivateKey,
                     Instant createdAt, Instant signsFrom) {
}
