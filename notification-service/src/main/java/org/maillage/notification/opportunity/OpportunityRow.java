package org.maillage.notification.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.UUID;

/** What messages need to know about an opportunity, and its buyer (whose pilots it concerns). */
@MappedEntity("opportunity")
public record OpportunityRow(@Id UUID id, @Nullable String titleFr, @Nullable String titleEn,
                             @TypeDef(type = DataType.STRING_ARRAY) String[] categories,
                             @TypeDef(type = DataType.STRING_ARRAY) String[] regions,
                             Instant deadline, String status, @Nullable String cancelReason, Instant changedAt,
                             @Nullable UUID buyerId) {
}
