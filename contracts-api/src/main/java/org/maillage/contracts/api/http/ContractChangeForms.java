package org.maillage.contracts.api.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.maillage.contracts.api.ContractValues;

import java.math.BigDecimal;
import java.time.LocalDate;
import io.swagger.v3.oas.annotations.media.Schema;

/** What the buyer sends to change a contract. */
public final class ContractChangeForms {

    private ContractChangeForms() {
    }

    /** A new value or end date, always with the reason. At least one of the two changes. */
    @Schema(example = "{\"reason\": \"Ajout de deux événements / two more events\", \"valueCad\": 14500.0, \"endsOn\": \"2027-12-31\"}")
    @Serdeable
    public record Amendment(@NotBlank @Size(max = 2000) String reason,
                            @Nullable @DecimalMin("0") @DecimalMax(value = ContractValues.MAX_CAD, message = ContractValues.TOO_LARGE)
                @Digits(integer = 10, fraction = 2) BigDecimal valueCad,
                            @Nullable LocalDate endsOn) {
    }

    /** Why a declared contract is rejected by the party whose word it awaited. */
    @Schema(example = "{\"reason\": \"Ce contrat n'a pas été conclu avec nous / we never made this contract\"}")
    @Serdeable
    public record Rejection(@NotBlank @Size(max = 2000) String reason) {
    }

    /**
     * @param finalValueCad when completing: what was finally paid (defaults to the contract's value)
     */
    @Schema(example = "{\"status\": \"COMPLETED\", \"finalValueCad\": 13980.5}")
    @Serdeable
    public record StatusChange(@NotNull @Size(max = 20) @Pattern(regexp = "ACTIVE|COMPLETED|TERMINATED|CANCELLED",
                                       message = "must be ACTIVE, COMPLETED, TERMINATED or CANCELLED") String status,
                               @Nullable @Size(max = 2000) String reason,
                               @Nullable @DecimalMin("0") @DecimalMax(value = ContractValues.MAX_CAD, message = ContractValues.TOO_LARGE)
                @Digits(integer = 10, fraction = 2) BigDecimal finalValueCad) {
    }
}
