package org.maillage.reporting.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A logged contact. The pair (low, high) and the derived columns (is_first, depth, months_to_contract) are kept by
 * the hand-written SQL of ContactCells; the entity only reads them.
 */
@MappedEntity("contact")
record ContactRow(@Id UUID id, @Nullable UUID pilotId, UUID enterpriseId, UUID counterpartId, String counterpartKind,
                  @Nullable UUID decisionUnitId, LocalDate occurredOn, LocalDate month, String channel, @Nullable UUID introducedBy,
                  boolean introduced, Instant createdAt, Instant updatedAt, UUID lowId, UUID highId, boolean isFirst, int depth,
                  @Nullable Integer monthsToContract) {
}
