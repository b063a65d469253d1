package org.maillage.contracts.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
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
 * An opportunity as its buyer drafts it. Titles and descriptions in French and/or English.
 *
 * @param deadline      an instant with its offset, or Montréal local time without one
 * @param questionDeadline when questions close, at or before {@code deadline}; none: they close with responses
 * @param socialClauses OCDS sustainability goal codes, e.g. social.smeInclusion
 * @param valueWithheld true: the estimated value is kept from enterprises
 */
@Schema(example = "{\"titleFr\": \"Service de traiteur pour la cafétéria\", \"titleEn\": \"Cafeteria catering\", \"descriptionFr\": \"Repas du midi, 120 personnes, 5 jours par semaine\", \"categories\": [\"90100000\"], \"regions\": [\"06\"], \"method\": \"INVITATION\", \"estimatedValue\": 75000, \"valueWithheld\": false, \"deadline\": \"2027-02-15T12:00:00-05:00\", \"contractStarts\": \"2027-03-01\", \"contractEnds\": \"2028-02-29\", \"socialClauses\": [\"social.smeInclusion\"], \"decisionUnitId\": \"5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d\", \"contactName\": \"Sophie Tremblay\", \"contactEmail\": \"sophie.tremblay@ville.example\"}")
@Serdeable
public record OpportunityForm(
        @Nullable @Size(max = 300) String titleFr,
        @Nullable @Size(max = 300) String titleEn,
        @Nullable @Size(max = 10_000) String descriptionFr,
        @Nullable @Size(max = 10_000) String descriptionEn,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 8) @Pattern(regexp = "[0-9]{8}", message = "must be an 8-digit UNSPSC code") String> categories,
        @NotEmpty @Size(max = 17) List<@NotBlank @Size(max = 2) @Pattern(regexp = "0[1-9]|1[0-7]", message = "must be a region code from 01 to 17") String> regions,
        @NotBlank @Size(max = 20) @Pattern(regexp = "DIRECT_AWARD|INVITATION|PUBLIC_CALL", message = "must be DIRECT_AWARD, INVITATION or PUBLIC_CALL") String method,
        @Nullable @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must start with http:// or https://") String noticeUrl,
        @Nullable @DecimalMin("0") @DecimalMax(value = ContractValues.MAX_CAD, message = ContractValues.TOO_LARGE)
                @Digits(integer = 10, fraction = 2) BigDecimal estimatedValue,
        @Nullable Boolean valueWithheld,
        @NotNull MontrealDateTime deadline,
        @Nullable LocalDate contractStarts,
        @Nullable LocalDate contractEnds,
        @Nullable @Size(max = 20) List<@NotBlank @Size(max = 60) String> socialClauses,
        @Nullable @Size(max = 20) List<@NotBlank @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be a link") String> documents,
        @Nullable UUID decisionUnitId,
        @Nullable @Size(max = 200) String contactName,
        @Nullable @Size(max = 254) @Email(message = "must be a valid email address / courriel invalide") String contactEmail,
        @Nullable MontrealDateTime questionDeadline) {
}
