package org.maillage.notification.delivery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * One message to one person, of any kind (migration V6 says what each column holds): queued by its kind's code in the
 * transaction of the event or job it follows from, then claimed, sent and settled by the {@link Sender}.
 */
@MappedEntity("outgoing_message")
public record OutgoingMessage(@Id @GeneratedValue Long id, String messageKey, Kind kind, String eventId, @Nullable UUID accountId,
                              @Nullable String email, @Nullable String language, String delivery, String status, int attempts,
                              Instant nextAttemptAt, Instant createdAt, @Nullable Instant sentAt, @Nullable String error,
                              @Nullable Long digestId, @Nullable UUID opportunityId, @Nullable UUID questionId,
                              @Nullable UUID contractId, @Nullable UUID organizationId, @Nullable String organizationName,
                              @Nullable String pilotName, @Nullable String reason, @Nullable String sealedToken,
                              @Nullable Instant expiresAt, @Nullable Instant lockedUntil, @Nullable Instant receivedAt) {
}
