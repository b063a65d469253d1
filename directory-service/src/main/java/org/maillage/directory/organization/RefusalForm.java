package org.maillage.directory.organization;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param reason why the application is refused, as the applicant will read it */
@Serdeable
@Schema(example = "{\"reason\": \"Votre entreprise n'a pas encore d'établissement dans la région du projet pilote; écrivez-nous quand ce sera le cas.\"}")
public record RefusalForm(@NotBlank @Size(max = 2000) String reason) {
}
