package org.maillage.directory.auth;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** When an account first and last signed in (migration V13). */
@MappedEntity("account_sign_in")
record SignInRow(@Id UUID accountId, Instant firstSignedIn, Instant lastSignedIn) {
}
