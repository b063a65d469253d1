package org.maillage.contracts.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;


/** A change to a published opportunity: what and why, and optionally a later deadline. */
@Serdeable
public record Amendment(@NotBlank @Size(max = 2000) String summary, @Nullable MontrealDateTime deadline) {
}
