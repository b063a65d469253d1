package org.maillage.reporting.contract;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A contract's newest state, dated by its month. {@code supplierIds} is a uuid[] column, read in its text form;
 * the shares and cells derived from it are the views' business (migration V6), not an entity's.
 */
@MappedEntity("contract")
record ContractRow(@Id UUID id, @Nullable UUID opportunityId, UUID buyerId,
                   @TypeDef(type = DataType.STRING_ARRAY) String[] supplierIds,
                   String title,
                   @TypeDef(type = DataType.STRING_ARRAY) String[] categories,
                   BigDecimal valueCad, @Nullable BigDecimal finalValueCad, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
                   String status, String origin, boolean confirmed, LocalDate month, Instant updatedAt) {
}
