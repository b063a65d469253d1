package org.maillage.contracts.contract;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contract recorded by one of its parties: a direct purchase below the threshold, or a contract
 * between two enterprises. The caller's organization must be the buyer or one of the suppliers.
 */
@Serdeable
public record ContractForm(
        @NotNull UUID buyerId,
        @Nullable UUID decisionUnitId,
        @NotEmpty @Size(max = 11) List<@NotNull UUID> supplierIds,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 8) @Pattern(regexp = "[0-9]{8}", message = "must be an 8-digit UNSPSC code") String category,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal valueCad,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn) {
}
