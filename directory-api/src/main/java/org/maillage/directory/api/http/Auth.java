package org.maillage.directory.api.http;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The bodies and answers of {@code /api/auth/**}: signing in, refreshing, signing out, and setting a password. */
public final class Auth {

    private Auth() {
    }

    @Schema(example = "{\"email\": \"achats@ville.maillage.local\", \"password\": \"Demo-Maillage-2014!\"}")
    @Serdeable
    public record Login(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 200) String password) {
    }

    @Schema(example = "{\"refreshToken\": \"opaque refresh token from the sign-in\"}")
    @Serdeable
    public record Refresh(@NotBlank @Size(max = 100) String refreshToken) {
    }

    @Schema(example = "{\"token\": \"one-time token\", \"newPassword\": \"Un-mot-de-passe-long-2027\"}")
    @Serdeable
    public record ResetPassword(@NotBlank @Size(max = 100) String token,
                                @NotBlank @Size(min = 12, max = 200, message = "must have 12 to 200 characters / de 12 à 200 caractères")
                                String newPassword) {
    }

    /** Asks for an emailed link to choose a new password; the answer is the same whether the address has an account or not. */
    @Schema(example = "{\"email\": \"ventes@coop.maillage.local\"}")
    @Serdeable
    public record PasswordForgotten(@NotBlank @Email(message = "must be a valid email address / courriel invalide") @Size(max = 254)
                                    String email) {
    }

    /** OAuth 2 style token answer, plus the role and language the front end needs straight away. */
    @Serdeable
    public record Tokens(@Schema(maxLength = 4096) String accessToken, @Schema(maxLength = 10) String tokenType,
                         @Schema(minimum = "1", maximum = "3600") long expiresIn, @Schema(maxLength = 64) String refreshToken,
                         Role role, @Schema(maxLength = 2) String language) {
    }
}
