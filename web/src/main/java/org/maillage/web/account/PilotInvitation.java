package org.maillage.web.account;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A pilot's invitation to the person's organization, as the directory lists the pending ones. */
@Serdeable
public record PilotInvitation(UUID id, UUID pilotId, String pilotName, Instant createdAt) {
}
