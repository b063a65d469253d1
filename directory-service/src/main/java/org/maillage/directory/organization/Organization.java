package org.maillage.directory.organization;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.UUID;

/** An enterprise or an institution as stored; never leaves the service (views and events do). */
@MappedEntity("organization")
public record Organization(
        @Id UUID id,
        String kind,
        String legalName,
        String neq,
        String status,
        @TypeDef(type = DataType.STRING_ARRAY) String[] categories,
        @TypeDef(type = DataType.STRING_ARRAY) String[] regions,
        Instant createdAt,
        Instant updatedAt,
        @Version Long version) {
}
