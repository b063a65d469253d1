package org.maillage.contracts.response;

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
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An enterprise's response: its price in CAD before taxes, its proposal, links, and partners for a joint response.
 */
@Schema(example = "{\"priceCad\": 18450.0, \"proposal\": \"Repas chauds pour 120 personnes, produits locaux, service inclus.\", \"documents\": [\"https://jardins.example/offre.pdf\"], \"partners\": []}")
@Serdeable
public record ResponseForm(
        @NotNull @DecimalMin("0") @DecimalMax(value = ContractValues.MAX_CAD, message = ContractValues.TOO_LARGE)
                @Digits(integer = 10, fraction = 2) BigDecimal priceCad,
        @NotBlank @Size(max = 20_000) String proposal,
        @Nullable @Size(max = 20) List<@NotBlank @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be a link") String> documents,
        @Nullable @Size(max = 10) List<@NotNull UUID> partners) {
}
