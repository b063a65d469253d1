package org.maillage.contracts.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The buyer decided an opportunity ({@link OpportunityEventTypes#OUTCOME_V1}): what became of each enterprise that responded,
 * so that each is told its own outcome. Published in the decision's transaction, just before the awarded or unsuccessful
 * state. Sealed like the responses: who won, who was rejected and why, never a price or a proposal.
 *
 * @param decision AWARDED or UNSUCCESSFUL
 * @param reason   why the opportunity ended without a contract (UNSUCCESSFUL); null when awarded
 * @param bidders  every enterprise whose response stood at the decision (withdrawn ones are not bidders)
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OpportunityOutcome(UUID opportunityId, String decision, @Nullable String reason, List<Bidder> bidders, Instant occurredAt) {

    public OpportunityOutcome {
        bidders = bidders == null ? List.of() : List.copyOf(bidders);
    }

    /**
     * @param result WON (its response was awarded), REJECTED (the buyer set it aside, with a reason) or NOT_RETAINED
     *               (it stood, and another was awarded or none was)
     * @param reason the buyer's reason for rejecting it; null unless REJECTED
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Bidder(UUID enterpriseId, String result, @Nullable String reason) {
    }
}
