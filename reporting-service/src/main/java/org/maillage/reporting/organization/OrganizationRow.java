package org.maillage.reporting.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Reporting's copy of a directory organization; its pilots are kept as text, as migration V2 made them. */
@MappedEntity("organization")
record OrganizationRow(@Id UUID id, String kind, String name, String status,
                       @TypeDef(type = DataType.STRING_ARRAY) String[] categories,
                       @TypeDef(type = DataType.STRING_ARRAY) String[] regions,
                       Instant updatedAt,
                       @TypeDef(type = DataType.STRING_ARRAY) String[] pilots,
                       @Nullable String legalForm, @Nullable String institutionType,
                       @Nullable Integer commitmentContracts, @Nullable BigDecimal commitmentValue) {
}
