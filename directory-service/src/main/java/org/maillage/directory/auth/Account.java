package org.maillage.directory.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("account")
public record Account(
        @Id UUID id,
        String email,
        String passwordHash,
        String role,
        @Nullable UUID organizationId,
        @Nullable UUID decisionUnitId,
        @TypeDef(type = DataType.STRING_ARRAY) String[] pilots,
        String language,
        Instant createdAt) {
}
