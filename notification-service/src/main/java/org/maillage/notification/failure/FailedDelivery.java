package org.maillage.notification.failure;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A message the SMTP server refused for good: whose address, which message, and the server's answer. */
@Serdeable
public record FailedDelivery(UUID accountId, UUID organizationId,
                             @io.swagger.v3.oas.annotations.media.Schema(maxLength = 300) String organizationName,
                             @io.swagger.v3.oas.annotations.media.Schema(maxLength = 320) String email,
                             @io.swagger.v3.oas.annotations.media.Schema(maxLength = 20) String kind,
                             @io.swagger.v3.oas.annotations.media.Schema(maxLength = 2000) String error, Instant at) {
}
