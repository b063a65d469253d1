package org.maillage.directory.pilot;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import io.swagger.v3.oas.annotations.media.Schema;

/** A new pilot: a region, a period, and the committee that coordinates it. */
@Schema(example = "{\"name\": \"L'économie sociale, j'achète! Estrie\", \"region\": \"05\", \"startsOn\": \"2027-01-01\", \"endsOn\": \"2028-06-30\", \"coordinatingOrganization\": \"Pôle d'économie sociale de l'Estrie\"}")
@Serdeable
public record NewPilot(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 2) @Pattern(regexp = "0[1-9]|1[0-7]", message = "must be a region code from 01 to 17") String region,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @NotBlank @Size(max = 200) String coordinatingOrganization) {
}
