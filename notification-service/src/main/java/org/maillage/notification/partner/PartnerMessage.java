package org.maillage.notification.partner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One sales person told that another enterprise named theirs as partner in a response (V5). */
@MappedEntity("partner_message")
public record PartnerMessage(@Id Long id, String eventId, UUID opportunityId, UUID leadId, UUID accountId, String status,
                             int attempts, @Nullable String error, Instant nextAttemptAt, Instant createdAt, @Nullable Instant sentAt) {
}
