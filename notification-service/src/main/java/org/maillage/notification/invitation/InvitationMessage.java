package org.maillage.notification.invitation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One person told that its organization is invited into another pilot (V5): PENDING until sent, then SENT, FAILED or SUPPRESSED. */
@MappedEntity("invitation_message")
public record InvitationMessage(@Id Long id, String eventId, UUID accountId, UUID organizationId, String pilotName,
                                String organizationName, String status, int attempts, @Nullable String error, Instant nextAttemptAt,
                                Instant createdAt, @Nullable Instant sentAt) {
}
