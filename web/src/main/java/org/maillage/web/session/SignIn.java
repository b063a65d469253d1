package org.maillage.web.session;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

/** The sign-in form, as sent: the address, the password (never shown again), and where to go after. */
@Serdeable
@Introspected
public record SignIn(@Nullable @NotBlank(message = "signin.emailMissing") String email,
                     @Nullable @NotBlank(message = "signin.passwordMissing") String password,
                     @Nullable String back) {
}
