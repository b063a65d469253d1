package org.maillage.reporting.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/** The rows behind the dashboard that name an enterprise or an opportunity: for coordinators, and each organization's own. */
public final class Detail {

    private Detail() {
    }

    /**
     * @param wins     responses that won the award
     * @param winRate  wins over responses, when it responded at all
     * @param valueWon counted contracts from the pilot's institutions (its share, when suppliers are several)
     */
    @Serdeable
    public record EnterpriseRow(UUID enterpriseId, @Schema(maxLength = 300) String name,
                                @Schema(minimum = "0", maximum = "1000000000") long matched,
                                @Schema(minimum = "0", maximum = "1000000000") long responses,
                                @Schema(minimum = "0", maximum = "1000000000") long wins,
                                @Nullable @Schema(minimum = "0", maximum = "1") Double winRate,
                                @Schema(minimum = "0", maximum = "1000000000") long contracts,
                                @Schema(minimum = "0", maximum = "1000000000000000") BigDecimal valueWon) {
    }

    @Serdeable
    public record OpportunityRow(UUID opportunityId, @Nullable @Schema(maxLength = 300) String title, UUID buyerId,
                                 @Schema(maxLength = 20) String status,
                                 @Schema(minimum = "0", maximum = "1000000") long matched,
                                 @Schema(minimum = "0", maximum = "1000000") long interested,
                                 @Schema(minimum = "0", maximum = "1000000") long notInterested,
                                 @Schema(minimum = "0", maximum = "1000000") long responded, boolean awarded) {
    }
}
