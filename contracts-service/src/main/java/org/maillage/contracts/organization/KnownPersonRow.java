package org.maillage.contracts.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A person of the directory, as far as contracts-service needs it: the organization it belongs to, and when it left. */
@MappedEntity("known_person")
public record KnownPersonRow(@Id UUID id, UUID organizationId, Instant addedAt, @Nullable Instant removedAt) {
}
