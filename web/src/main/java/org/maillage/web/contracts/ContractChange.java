package org.maillage.web.contracts;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/**
 * What the buyer sends from a contract's page: each of its forms (reject, complete, terminate, cancel, amend) fills
 * the fields of its own; which are required depends on the action (see {@link BuyerContractsController}).
 */
@Serdeable
@Introspected
public record ContractChange(@Nullable @Size(max = 2000, message = "form.size") String rejectReason,
                             @Nullable String finalValue,
                             @Nullable @Size(max = 2000, message = "form.size") String terminateReason,
                             @Nullable @Size(max = 2000, message = "form.size") String cancelReason,
                             @Nullable @Size(max = 2000, message = "form.size") String amendReason,
                             @Nullable String amendValue,
                             @Nullable String amendEnds) {
}
