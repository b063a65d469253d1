package org.maillage.directory.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A single-use link to choose a password was issued for an account. The token travels sealed
 * ({@link LinkSeal}): the outbox row, the topic and notification-service's queue never hold it in clear;
 * directory-service keeps only its hash.
 *
 * @param purpose     INVITATION (a new account) or PASSWORD_RESET (the person asked)
 * @param sealedToken the token, sealed for this account with the key both services share
 * @param expiresAt   after this the link no longer works, and an unsent message is not sent
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AccountLinkIssued(UUID accountId, String purpose, String sealedToken, Instant expiresAt, Instant occurredAt) {

    public static final String INVITATION = "INVITATION";
    public static final String PASSWORD_RESET = "PASSWORD_RESET";
}
