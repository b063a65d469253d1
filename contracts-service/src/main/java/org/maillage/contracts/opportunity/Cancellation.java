package org.maillage.contracts.opportunity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
public record Cancellation(@NotBlank @Size(max = 2000) String reason) {
}
