package org.maillage.contracts.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The buyer's funnel of one opportunity, enterprise by enterprise.
 *
 * @param fittingNow  active enterprises that fit its categories and regions now: for a draft, how many publishing notifies
 * @param enterprises each enterprise notified (or that answered without being matched), with what it did
 */
@Serdeable
public record MatchView(@Schema(minimum = "0", maximum = "1000000") int fittingNow,
                        @ArraySchema(maxItems = 100000) List<Enterprise> enterprises) {

    /**
     * @param interested null while it has not answered
     * @param reason     TOO_LARGE, NOT_OUR_FIELD, TIMING, CAPACITY or OTHER when not interested
     */
    @Serdeable
    public record Enterprise(UUID enterpriseId, Instant notifiedAt, @Nullable Instant viewedAt, @Nullable Boolean interested,
                             @Nullable @Schema(maxLength = 20) String reason, @Nullable @Schema(maxLength = 1000) String reasonText,
                             @Nullable Instant answeredAt) {
    }
}
