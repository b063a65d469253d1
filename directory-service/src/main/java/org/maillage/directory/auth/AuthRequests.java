package org.maillage.directory.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Bodies of the /api/auth endpoints. */
final class AuthRequests {

    private AuthRequests() {
    }

    @Serdeable
    record Login(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 200) String password) {
    }

    @Serdeable
    record Refresh(@NotBlank @Size(max = 100) String refreshToken) {
    }

    @Serdeable
    record ResetPassword(@NotBlank @Size(max = 100) String token,
                         @NotBlank @Size(min = 12, max = 200, message = "must have 12 to 200 characters / de 12 à 200 caractères") String newPassword) {
    }
}
