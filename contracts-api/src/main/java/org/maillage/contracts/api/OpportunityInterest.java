package org.maillage.contracts.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A matched enterprise answered: interested, or not and why (feedback institutions learn from).
 *
 * @param reason TOO_LARGE, NOT_OUR_FIELD, TIMING, CAPACITY or OTHER; null when interested
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OpportunityInterest(UUID opportunityId, UUID enterpriseId, boolean interested, @Nullable String reason,
                                  Instant occurredAt) {
}
