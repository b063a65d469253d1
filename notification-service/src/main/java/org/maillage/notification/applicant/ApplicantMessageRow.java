package org.maillage.notification.applicant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A message to an applicant, who has no account (migration V4): PENDING until sent, SENT, or FAILED for good. */
@MappedEntity("applicant_message")
public record ApplicantMessageRow(@Id String eventId, UUID organizationId, String email, String language, String organizationName,
                                  String reason, String status, int attempts, @Nullable String error, Instant nextAttemptAt,
                                  Instant createdAt, @Nullable Instant sentAt) {

    ApplicantMessageRow sent(Instant at) {
        return new ApplicantMessageRow(eventId, organizationId, email, language, organizationName, reason, "SENT", attempts + 1, null,
                nextAttemptAt, createdAt, at);
    }

    ApplicantMessageRow failed(String why) {
        return new ApplicantMessageRow(eventId, organizationId, email, language, organizationName, reason, "FAILED", attempts + 1, why,
                nextAttemptAt, createdAt, null);
    }

    ApplicantMessageRow retryAt(Instant at, String why) {
        return new ApplicantMessageRow(eventId, organizationId, email, language, organizationName, reason, status, attempts + 1, why,
                at, createdAt, null);
    }
}
