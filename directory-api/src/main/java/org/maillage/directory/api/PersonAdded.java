package org.maillage.directory.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A contact person was added to an organization. Only the link between the two ids: enough for a consumer to check
 * that a record names a person of the right organization. The person's name, email and phone stay in the directory,
 * shown only to the participants of the organization's pilots.
 *
 * @param occurredAt when the person was added
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PersonAdded(UUID personId, UUID organizationId, Instant occurredAt) {
}
