package org.maillage.notification.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One message about a person's own account (V3): queued from a directory event, sent by AccountMessageSender. */
@MappedEntity("account_message")
public record AccountMessage(@Id @GeneratedValue @Nullable Long id, String eventId, UUID accountId, String kind,
                             @Nullable String sealedToken, @Nullable Instant expiresAt, @Nullable Instant lockedUntil,
                             String status, @Nullable String email, @Nullable String language, int attempts,
                             Instant nextAttemptAt, Instant createdAt, @Nullable Instant sentAt, @Nullable String error) {

    static AccountMessage queued(String eventId, UUID accountId, String kind, @Nullable String sealedToken,
                                 @Nullable Instant expiresAt, @Nullable Instant lockedUntil) {
        Instant now = Instant.now();
        return new AccountMessage(null, eventId, accountId, kind, sealedToken, expiresAt, lockedUntil, "PENDING", null, null, 0,
                now, now, null, null);
    }
}
