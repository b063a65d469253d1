package org.maillage.directory.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An enterprise as a coordinator registers it, or as it applies itself.
 *
 * @param neq        Québec enterprise number: 10 digits, the first telling the kind of registration (1, 2, 3 or 8)
 * @param categories UNSPSC codes of what it sells (see GET /api/categories)
 * @param regions    Québec administrative regions it serves, 01 to 17 (see GET /api/regions)
 * @param pilotId    the pilot it joins
 * @param contactEmail    an application only: whom to answer about it (a refusal is sent there); never public
 * @param contactLanguage an application only: fr or en, the language of that answer (French when absent)
 */
@Schema(example = "{\"legalName\": \"Traiteur Les Jardins Partagés, coopérative de travail\", \"otherNames\": [\"Les Jardins Partagés\"], \"neq\": \"1140000001\", \"legalForm\": \"WORKER_COOP\", \"missionFr\": \"Traiteur d'économie sociale, produits locaux\", \"missionEn\": \"Social economy caterer, local produce\", \"categories\": [\"90100000\"], \"regions\": [\"06\"], \"website\": \"https://jardins.example\", \"sizeBand\": \"10-49\", \"pilotId\": \"6d6f6e74-7265-4061-8000-000000002014\"}")
@Serdeable
public record EnterpriseForm(
        @NotBlank @Size(max = 200) String legalName,
        @Nullable @Size(max = 10) List<@NotBlank @Size(max = 200) String> otherNames,
        @NotBlank @Size(max = 10)
        @Pattern(regexp = "[1238][0-9]{9}", message = "must be a Québec enterprise number (NEQ): 10 digits starting with 1, 2, 3 or 8 / NEQ invalide")
        String neq,
        @Nullable @Size(max = 30) @Pattern(regexp = Forms.LEGAL_FORMS, message = "must be one of " + Forms.LEGAL_FORMS) String legalForm,
        @Nullable @Size(max = 20) List<@Valid CertificationForm> certifications,
        @Nullable @Size(max = 4000) String missionFr,
        @Nullable @Size(max = 4000) String missionEn,
        @Nullable @Size(max = 50) List<@NotBlank @Size(max = 8) String> categories,
        @Nullable @Size(max = 17) List<@NotBlank @Size(max = 2) @Pattern(regexp = "0[1-9]|1[0-7]", message = "must be a region code from 01 to 17") String> regions,
        @Nullable @Size(max = 500) String address,
        @Nullable @Size(max = 500) @Pattern(regexp = Forms.WEBSITE, message = "must start with http:// or https://") String website,
        @Nullable @Size(max = 10) @Pattern(regexp = Forms.SIZE_BANDS, message = "must be 1-9, 10-49, 50-99 or 100+") String sizeBand,
        @Nullable @Size(max = 2000) String capacityNotes,
        @NotNull UUID pilotId,
        @Nullable @Size(max = 254) @Email(message = "must be an email address / adresse courriel invalide") String contactEmail,
        @Nullable @Size(max = 2) @Pattern(regexp = "fr|en", message = "must be fr or en") String contactLanguage) {
}
