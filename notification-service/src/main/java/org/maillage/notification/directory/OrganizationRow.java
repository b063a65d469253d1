package org.maillage.notification.directory;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.UUID;

/** This service's copy of a directory organization; {@code pilots} is a uuid[] column, read as its text form. */
@MappedEntity("organization")
record OrganizationRow(@Id UUID id, String kind, String name, String status,
                       @TypeDef(type = DataType.STRING_ARRAY) String[] categories,
                       @TypeDef(type = DataType.STRING_ARRAY) String[] regions,
                       @TypeDef(type = DataType.STRING_ARRAY) String[] pilots,
                       Instant changedAt) {
}
