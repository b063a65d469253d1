package org.maillage.contracts.award;

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

@Serdeable
public record ContractView(UUID id, @Nullable UUID opportunityId, UUID buyerId, @ArraySchema(maxItems = 11) List<UUID> supplierIds,
                           @Schema(maxLength = 300) String title,
                           @Schema(minimum = "0", maximum = ContractValues.MAX_CAD) BigDecimal valueCad,
                           @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Schema(maxLength = 20) String status,
                           @Schema(maxLength = 30) String origin, boolean confirmed,
                           @Nullable @Schema(minimum = "0", maximum = ContractValues.MAX_CAD) BigDecimal finalValueCad,
                           @ArraySchema(maxItems = 1000) List<Change> history) {

    /** An amendment or a status change, with its reason: the contract's history, oldest first. */
    @Serdeable
    public record Change(@Schema(maxLength = 20) String kind, @Nullable @Schema(maxLength = 2000) String reason,
                         @Nullable @Schema(maxLength = 20) String status,
                         @Nullable @Schema(minimum = "0", maximum = ContractValues.MAX_CAD) BigDecimal valueCad,
                         @Nullable LocalDate endsOn, UUID changedBy, Instant changedAt) {
    }

    public ContractView {
        history = history == null ? List.of() : List.copyOf(history);
    }
}
