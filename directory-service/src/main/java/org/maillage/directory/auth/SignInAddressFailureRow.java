package org.maillage.directory.auth;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Failed sign-ins from one client address, whatever the email, keyed by the address's hash (see SignInFailures). */
@MappedEntity("sign_in_address_failure")
record SignInAddressFailureRow(@Id String addressKey, int failures, Instant lastFailureAt) {
}
