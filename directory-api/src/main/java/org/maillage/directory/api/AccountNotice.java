package org.maillage.directory.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * Something happened to an account that its person must hear of, in case it was not them: the password changed,
 * or sign-in was locked after wrong passwords. Carries no personal data.
 *
 * @param lockedUntil the end of the lock, for {@link AccountNoticeTypes#LOCKED_V1}; null otherwise
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AccountNotice(UUID accountId, @Nullable Instant lockedUntil, Instant occurredAt) {
}
