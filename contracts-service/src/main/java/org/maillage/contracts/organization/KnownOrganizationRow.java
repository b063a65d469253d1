package org.maillage.contracts.organization;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.UUID;

/** An organization of the directory, as contracts-service keeps it; pilots and decision units are ids as text. */
@MappedEntity("known_organization")
record KnownOrganizationRow(@Id UUID id, String kind, String name, String status,
                            @TypeDef(type = DataType.STRING_ARRAY) String[] categories,
                            @TypeDef(type = DataType.STRING_ARRAY) String[] regions,
                            Instant updatedAt,
                            @TypeDef(type = DataType.STRING_ARRAY) String[] decisionUnits,
                            @TypeDef(type = DataType.STRING_ARRAY) String[] pilots) {
}
