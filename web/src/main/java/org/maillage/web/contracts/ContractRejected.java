package org.maillage.web.contracts;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the party whose word a declared contract awaited says it was never made. */
@Serdeable
@Introspected
public record ContractRejected(@Nullable @NotBlank(message = "contracts.error.reason") @Size(max = 2000, message = "form.size") String reason) {
}
