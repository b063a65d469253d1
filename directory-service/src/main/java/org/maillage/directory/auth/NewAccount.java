package org.maillage.directory.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a coordinator sends to open an account for a person. Without a password, the person is emailed an invitation
 * to choose one (a single-use link); with one, the coordinator hands it over as before.
 */
@Schema(example = "{\"email\": \"ventes@jardins.example\", \"password\": \"Un-mot-de-passe-long-2027\", \"role\": \"SUPPLIER\", \"organizationId\": \"3f2b8c1e-5d7a-4c1b-9e0f-2a6b7c8d9e01\", \"pilots\": [\"6d6f6e74-7265-4061-8000-000000002014\"], \"language\": \"fr\"}")
@Serdeable
public record NewAccount(
        @NotBlank @Email(message = "must be a valid email address / courriel invalide") @Size(max = 254) String email,
        @Nullable @Size(min = 12, max = 200, message = "must have 12 to 200 characters / de 12 à 200 caractères") String password,
        @NotBlank @Size(max = 20) @Pattern(regexp = "COORDINATOR|BUYER|SUPPLIER", message = "must be COORDINATOR, BUYER or SUPPLIER") String role,
        @Nullable UUID organizationId,
        @Nullable UUID decisionUnitId,
        @NotEmpty @Size(max = 20) List<UUID> pilots,
        @Nullable @Size(max = 2) @Pattern(regexp = "fr|en", message = "must be fr or en") String language) {
}
