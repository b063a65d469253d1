package org.maillage.web.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The "forgot my password" form: the address to send the link to. */
@Serdeable
@Introspected
public record PasswordForgotten(@Nullable @NotBlank(message = "account.forgot.badEmail") @Size(max = 254, message = "account.forgot.badEmail")
                                @Email(regexp = "[^@\\s]+@[^@\\s]+", message = "account.forgot.badEmail") String email) {
}
