package org.maillage.contracts.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;

/** Interested or not; when not, why (the text is kept for the buyer, only the reason code is counted). */
@Schema(example = "{\"interested\": false, \"reason\": \"CAPACITY\", \"reasonText\": \"Pas d'équipe libre en mars\"}")
@Serdeable
public record InterestForm(
        @NotNull Boolean interested,
        @Nullable @Size(max = 20) @Pattern(regexp = "TOO_LARGE|NOT_OUR_FIELD|TIMING|CAPACITY|OTHER",
                message = "must be TOO_LARGE, NOT_OUR_FIELD, TIMING, CAPACITY or OTHER") String reason,
        @Nullable @Size(max = 1000) String reasonText) {
}
