package org.maillage.directory.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** An account was closed: its consumers forget the person. Carries no personal data. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AccountClosed(UUID accountId, Instant occurredAt) {
}
