package org.maillage.notification.delivery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A message to send, one per (event, recipient, kind), what it is about, and what became of it. */
@MappedEntity("email_intent")
public record EmailIntentRow(@Id @GeneratedValue Long id, String eventId, UUID accountId, String kind, @Nullable UUID opportunityId,
                             String delivery, String status, @Nullable Long digestId, @Nullable String email,
                             @Nullable String language, int attempts, Instant nextAttemptAt, Instant createdAt,
                             @Nullable Instant sentAt, @Nullable String error, @Nullable UUID questionId,
                             @Nullable UUID contractId) {
}
