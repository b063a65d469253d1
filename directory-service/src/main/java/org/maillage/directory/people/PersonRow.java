package org.maillage.directory.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("person")
record PersonRow(@Id UUID id, UUID organizationId, @Nullable UUID decisionUnitId, String name, @Nullable String title,
                 @Nullable String email, @Nullable String phone, String language, Instant createdAt) {
}
