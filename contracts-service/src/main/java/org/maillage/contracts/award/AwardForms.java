package org.maillage.contracts.award;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/** Bodies of the award endpoints. */
final class AwardForms {

    private AwardForms() {
    }

    @Serdeable
    record Award(@NotNull UUID responseId, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
    }

    @Serdeable
    record Reason(@NotBlank @Size(max = 2000) String reason) {
    }
}
