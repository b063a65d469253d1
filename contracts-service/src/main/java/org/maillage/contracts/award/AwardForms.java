package org.maillage.contracts.award;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/** Bodies of the decisions on responses (awarding's is {@code AwardForm}, in contracts-api, for the site's client). */
final class AwardForms {

    private AwardForms() {
    }

    @Schema(example = "{\"reason\": \"Le prix dépasse le budget / the price is over budget\"}")

    @Serdeable
    record Reason(@NotBlank @Size(max = 2000) String reason) {
    }
}
