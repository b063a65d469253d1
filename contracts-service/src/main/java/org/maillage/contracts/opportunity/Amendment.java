package org.maillage.contracts.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;


/** A change to a published opportunity: what and why, and optionally a later deadline. */
@Schema(example = "{\"summary\": \"Report de l'échéance d'une semaine / deadline one week later\", \"deadline\": \"2027-02-22T12:00:00-05:00\"}")
@Serdeable
public record Amendment(@NotBlank @Size(max = 2000) String summary, @Nullable MontrealDateTime deadline) {
}
