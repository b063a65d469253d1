package org.maillage.contracts.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The enterprises an opportunity was matched to when it was published: the first step of the funnel,
 * and each enterprise's own count of matched opportunities in reporting.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OpportunityMatches(UUID opportunityId, List<UUID> enterpriseIds, Instant occurredAt) {

    public OpportunityMatches {
        enterpriseIds = enterpriseIds == null ? List.of() : List.copyOf(enterpriseIds);
    }
}
