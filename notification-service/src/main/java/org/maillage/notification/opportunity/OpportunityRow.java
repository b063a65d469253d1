package org.maillage.notification.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What messages need to know about an opportunity, and its buyer (whose pilots it concerns, and who may read how far its
 * alerts reached).
 *
 * @param estimatedValue     CAD before taxes; null when the buyer withholds it or gave none
 * @param questionDeadline   when questions close; null: with responses, at the deadline
 * @param matchedEnterprises how many enterprises it matched when published; null until that is known here
 */
@MappedEntity("opportunity")
public record OpportunityRow(@Id UUID id, @Nullable String titleFr, @Nullable String titleEn,
                             @TypeDef(type = DataType.STRING_ARRAY) String[] categories,
                             @TypeDef(type = DataType.STRING_ARRAY) String[] regions,
                             Instant deadline, String status, @Nullable String cancelReason, Instant changedAt,
                             @Nullable UUID buyerId, @Nullable BigDecimal estimatedValue, @Nullable Instant questionDeadline,
                             @Nullable Integer matchedEnterprises) {
}
