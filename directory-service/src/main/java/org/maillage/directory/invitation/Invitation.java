package org.maillage.directory.invitation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A pilot's invitation to an organization that exists already, and its answer. */
@Serdeable
public record Invitation(UUID id, UUID pilotId, @Schema(maxLength = 200) String pilotName, UUID organizationId,
                         @Schema(maxLength = 10) String status, Instant createdAt, @Nullable Instant answeredAt) {
}
