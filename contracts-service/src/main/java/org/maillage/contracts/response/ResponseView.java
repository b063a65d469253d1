package org.maillage.contracts.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.maillage.contracts.api.ContractValues;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * @param confirmedPartners the partners that confirmed their part; only these become suppliers on award
 * @param reason            the buyer's reason when it did not retain the response (REJECTED), else null
 */
@Serdeable
public record ResponseView(UUID id, UUID opportunityId, UUID enterpriseId,
                           @Schema(minimum = "0", maximum = ContractValues.MAX_CAD) BigDecimal priceCad,
                           @Schema(maxLength = 20000) String proposal,
                           @ArraySchema(maxItems = 20, schema = @Schema(maxLength = 1000)) List<String> documents,
                           @ArraySchema(maxItems = 10) List<UUID> partners,
                           @ArraySchema(maxItems = 10) List<UUID> confirmedPartners,
                           @Schema(maxLength = 20) String status, Instant submittedAt, Instant updatedAt,
                           @Nullable @Schema(maxLength = 2000) String reason) {
}
