package org.maillage.directory.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A contact person was removed from an organization's people (someone who left). Consumers stop accepting the person
 * in records of what happens after that day; what was recorded before keeps naming them.
 *
 * @param occurredAt when the person was removed
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PersonRemoved(UUID personId, UUID organizationId, Instant occurredAt) {
}
