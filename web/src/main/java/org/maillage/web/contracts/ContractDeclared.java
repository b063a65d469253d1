package org.maillage.web.contracts;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An enterprise declares a contract it obtained outside a published call: every field as typed (the page reads the
 * buyer's id, the amount and the dates, saying beside the field what it could not read).
 */
@Serdeable
@Introspected
public record ContractDeclared(@Nullable @NotBlank(message = "contracts.error.buyer") String buyer,
                               @Nullable @NotBlank(message = "contracts.error.title") @Size(max = 300, message = "form.size") String title,
                               @Nullable @NotBlank(message = "contracts.error.category") String category,
                               @Nullable @NotBlank(message = "contracts.error.value") String value,
                               @Nullable String startsOn,
                               @Nullable String endsOn) {
}
