package org.maillage.contracts.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A published opportunity's public state after a change: what reporting counts and open data shows.
 * Drafts are never published as events; a withheld value is left out.
 *
 * @param buyerKind       INSTITUTION, or ENTERPRISE when an enterprise buys from others
 * @param status          PUBLISHED, CLOSED, AWARDED, UNSUCCESSFUL or CANCELLED
 * @param socialClauses   OCDS sustainability goal codes, e.g. social.smeInclusion
 * @param estimatedValue  CAD before taxes; null when withheld or unknown
 * @param matchedEnterprises how many active enterprises were notified when it was published
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OpportunityState(
        UUID opportunityId,
        UUID buyerId,
        String buyerKind,
        @Nullable UUID decisionUnitId,
        @Nullable String titleFr,
        @Nullable String titleEn,
        String method,
        List<String> categories,
        List<String> regions,
        List<String> socialClauses,
        @Nullable BigDecimal estimatedValue,
        Instant deadline,
        String status,
        @Nullable String cancelReason,
        int matchedEnterprises,
        Instant occurredAt) {

    public OpportunityState {
        categories = categories == null ? List.of() : List.copyOf(categories);
        regions = regions == null ? List.of() : List.copyOf(regions);
        socialClauses = socialClauses == null ? List.of() : List.copyOf(socialClauses);
    }
}
