package org.maillage.directory.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A public institution, its decision units (each buys on its own: the article's lesson) and its
 * commitment to the pilot: how many contracts, worth how much, with participating enterprises.
 */
@Schema(example = "{\"name\": \"Collège Ahuntsic\", \"institutionType\": \"COLLEGE\", \"regions\": [\"06\"], \"decisionUnits\": [{\"name\": \"Service des ressources matérielles\", \"categories\": [\"43210000\", \"76110000\"]}], \"commitmentContracts\": 2, \"commitmentValue\": 40000, \"pilotId\": \"6d6f6e74-7265-4061-8000-000000002014\"}")
@Serdeable
public record InstitutionForm(
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 10) List<@NotBlank @Size(max = 200) String> otherNames,
        @NotBlank @Size(max = 30) @Pattern(regexp = Forms.INSTITUTION_TYPES, message = "must be one of " + Forms.INSTITUTION_TYPES)
        String institutionType,
        @Nullable @Size(max = 17) List<@NotBlank @Size(max = 2) @Pattern(regexp = "0[1-9]|1[0-7]", message = "must be a region code from 01 to 17") String> regions,
        @Nullable @Size(max = 50) List<@Valid DecisionUnitForm> decisionUnits,
        @Nullable @Min(0) @Max(100_000) Integer commitmentContracts,
        @Nullable @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal commitmentValue,
        @Nullable @Size(max = 4000) String missionFr,
        @Nullable @Size(max = 4000) String missionEn,
        @Nullable @Size(max = 500) String address,
        @Nullable @Size(max = 500) @Pattern(regexp = Forms.WEBSITE, message = "must start with http:// or https://") String website,
        @NotNull UUID pilotId) {
}
