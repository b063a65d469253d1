package org.maillage.directory.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Failed sign-ins of one email address, keyed by the address's hash. */
@MappedEntity("sign_in_failure")
record SignInFailureRow(@Id String emailKey, int failures, @Nullable Instant lockedUntil, Instant lastFailureAt) {
}
