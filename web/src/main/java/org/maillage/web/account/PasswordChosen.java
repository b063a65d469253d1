package org.maillage.web.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form to choose a password with a one-time code; the code is kept when refused, never the passwords. */
@Serdeable
@Introspected
public record PasswordChosen(@Nullable @NotBlank(message = "coord.password.noCode") @Size(max = 100, message = "coord.password.badCode") String code,
                             @Nullable @NotBlank(message = "coord.password.length") @Size(min = 12, max = 200, message = "coord.password.length")
                             String password,
                             @Nullable String confirmation) {

    /** The two passwords differ (said beside the confirmation once the password itself is acceptable). */
    public boolean unconfirmed() {
        return password != null && password.length() >= 12 && !password.equals(confirmation);
    }
}
