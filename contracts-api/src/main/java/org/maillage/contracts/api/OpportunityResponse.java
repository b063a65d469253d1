package org.maillage.contracts.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * An enterprise responded to an opportunity, or withdrew its response. Sealed: never the price or the
 * proposal, only that it happened (reporting counts responses in the funnel).
 *
 * @param status SUBMITTED or WITHDRAWN
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OpportunityResponse(UUID opportunityId, UUID enterpriseId, String status, Instant occurredAt) {
}
