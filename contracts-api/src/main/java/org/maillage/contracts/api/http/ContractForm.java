package org.maillage.contracts.api.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.maillage.contracts.api.ContractValues;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A contract recorded by one of its parties: a direct purchase below the threshold, or a contract
 * between two enterprises. The caller's organization must be the buyer or one of the suppliers.
 */
@Schema(example = "{\"buyerId\": \"9b1d4f7a-2c3e-4a5b-8c6d-7e8f9a0b1c2d\", \"decisionUnitId\": \"5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d\", \"supplierIds\": [\"3f2b8c1e-5d7a-4c1b-9e0f-2a6b7c8d9e01\"], \"title\": \"Traiteur pour le colloque annuel\", \"category\": \"90100000\", \"valueCad\": 12000.0, \"startsOn\": \"2027-03-01\", \"endsOn\": \"2027-03-31\"}")
@Serdeable
public record ContractForm(
        @NotNull UUID buyerId,
        @Nullable UUID decisionUnitId,
        @NotEmpty @Size(max = 11) List<@NotNull UUID> supplierIds,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 8) @Pattern(regexp = "[0-9]{8}", message = "must be an 8-digit UNSPSC code") String category,
        @NotNull @DecimalMin("0") @DecimalMax(value = ContractValues.MAX_CAD, message = ContractValues.TOO_LARGE)
                @Digits(integer = 10, fraction = 2) BigDecimal valueCad,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn) {
}
