package org.maillage.reporting.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An opportunity's newest state, dated by its publication (the earliest state seen). */
@MappedEntity("opportunity")
record OpportunityRow(@Id UUID id, UUID buyerId, String buyerKind, @Nullable UUID decisionUnitId, @Nullable String titleFr,
                      @Nullable String titleEn, String method,
                      @TypeDef(type = DataType.STRING_ARRAY) String[] categories,
                      @TypeDef(type = DataType.STRING_ARRAY) String[] regions,
                      @TypeDef(type = DataType.STRING_ARRAY) String[] socialClauses,
                      @Nullable BigDecimal estimatedValue, Instant deadline, String status, @Nullable String cancelReason, int matched,
                      Instant publishedAt, Instant updatedAt) {
}
