package org.maillage.contracts.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * Where an enterprise stands with one open opportunity: when it was matched, whether it opened it yet (null: not
 * yet, which its dashboard marks as new), and what it answered.
 *
 * @param interested null until it answers
 */
@Serdeable
public record MyInterest(UUID opportunityId, Instant notifiedAt, @Nullable Instant viewedAt, @Nullable Boolean interested,
                         @Nullable @Schema(maxLength = 20) String reason, @Nullable @Schema(maxLength = 1000) String reasonText,
                         @Nullable Instant answeredAt) {
}
