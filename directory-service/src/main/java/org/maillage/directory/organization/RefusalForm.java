package org.maillage.directory.organization;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param reason why the application is refused, as the applicant will read it */
@Serdeable
public record RefusalForm(@NotBlank @Size(max = 2000) String reason) {
}
