package org.maillage.directory.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;

/** Bodies of the /api/auth endpoints. */
final class AuthRequests {

    private AuthRequests() {
    }

    @Schema(example = "{\"email\": \"achats@ville.maillage.local\", \"password\": \"Demo-Maillage-2014!\"}")

    @Serdeable
    record Login(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 200) String password) {
    }

    @Schema(example = "{\"refreshToken\": \"opaque refresh token from the sign-in\"}")

    @Serdeable
    record Refresh(@NotBlank @Size(max = 100) String refreshToken) {
    }

    @Schema(example = "{\"token\": \"one-time token\", \"newPassword\": \"Un-mot-de-passe-long-2027\"}")

    @Serdeable
    record ResetPassword(@NotBlank @Size(max = 100) String token,
                         @NotBlank @Size(min = 12, max = 200, message = "must have 12 to 200 characters / de 12 à 200 caractères") String newPassword) {
    }
}
