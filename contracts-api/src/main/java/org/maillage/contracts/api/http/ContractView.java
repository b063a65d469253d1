package org.maillage.contracts.api.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.maillage.contracts.api.ContractValues;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contract as its parties and the pilot's coordinators read it (GET /api/contracts/..., and the answer of every change).
 *
 * @param confirmed false while only one party has declared it
 * @param history   its amendments and status changes, oldest first
 */
@Serdeable
public record ContractView(UUID id, @Nullable UUID opportunityId, UUID buyerId, @ArraySchema(maxItems = 11) List<UUID> supplierIds,
                           @Schema(maxLength = 300) String title,
                           @Schema(minimum = "0", maximum = ContractValues.MAX_CAD) BigDecimal valueCad,
                           @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, ContractStatus status,
                           ContractOrigin origin, boolean confirmed,
                           @Nullable @Schema(minimum = "0", maximum = ContractValues.MAX_CAD) BigDecimal finalValueCad,
                           @ArraySchema(maxItems = 1000) List<Change> history) {

    /** An amendment or a status change, with its reason: the contract's history, oldest first. */
    @Serdeable
    public record Change(@Schema(maxLength = 20) String kind, @Nullable @Schema(maxLength = 2000) String reason,
                         @Nullable ContractStatus status,
                         @Nullable @Schema(minimum = "0", maximum = ContractValues.MAX_CAD) BigDecimal valueCad,
                         @Nullable LocalDate endsOn, UUID changedBy, Instant changedAt) {
    }

    public ContractView {
        history = history == null ? List.of() : List.copyOf(history);
    }
}
