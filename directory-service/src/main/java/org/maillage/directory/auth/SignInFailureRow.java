package org.maillage.directory.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Failed sign-ins to one email address from one client address, keyed by a hash of both (see SignInFailures). */
@MappedEntity("sign_in_failure")
record SignInFailureRow(@Id String failureKey, String emailKey, int failures, @Nullable Instant lockedUntil, Instant lastFailureAt) {
}
