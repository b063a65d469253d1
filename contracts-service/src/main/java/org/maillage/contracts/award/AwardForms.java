package org.maillage.contracts.award;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;

/** Bodies of the award endpoints. */
final class AwardForms {

    private AwardForms() {
    }

    @Schema(example = "{\"responseId\": \"3f2b8c1e-5d7a-4c1b-9e0f-2a6b7c8d9e01\", \"startsOn\": \"2027-03-01\", \"endsOn\": \"2028-02-29\"}")

    @Serdeable
    record Award(@NotNull UUID responseId, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
    }

    @Schema(example = "{\"reason\": \"Le prix dépasse le budget / the price is over budget\"}")

    @Serdeable
    record Reason(@NotBlank @Size(max = 2000) String reason) {
    }
}
