package org.maillage.notification.failure;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A message the SMTP server refused for good: whose address, which message, and the server's answer. */
@Serdeable
public record FailedDelivery(UUID accountId, UUID organizationId, String organizationName, String email, String kind,
                             String error, Instant at) {
}
