package org.maillage.web.contracts;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An institution records a direct purchase from an enterprise of its pilots: every field as typed. */
@Serdeable
@Introspected
public record DirectPurchase(@Nullable @NotBlank(message = "buyer.error.required") @Size(max = 300, message = "form.size") String title,
                             @Nullable @NotBlank(message = "buyer.error.required") String supplierId,
                             @Nullable @NotBlank(message = "buyer.error.required") String category,
                             @Nullable String decisionUnitId,
                             @Nullable @NotBlank(message = "buyer.error.required") String valueCad,
                             @Nullable String startsOn,
                             @Nullable String endsOn) {
}
