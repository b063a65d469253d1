package org.maillage.contracts.opportunity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(example = "{\"reason\": \"Besoin annulé par le service / need withdrawn\"}")

@Serdeable
public record Cancellation(@NotBlank @Size(max = 2000) String reason) {
}
