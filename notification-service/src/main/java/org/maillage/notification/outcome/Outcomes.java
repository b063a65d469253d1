package org.maillage.notification.outcome;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.contracts.api.OpportunityOutcome;
import org.maillage.contracts.api.OpportunityState;
import org.maillage.platform.inbox.InboundEvent;

/**
 * Applies a decision inside the inbox's transaction: each bidder's outcome is kept and its people get a message that says
 * theirs. The outcome event comes first on the opportunity's partition, so the state event after it adds nothing; a state
 * event with no outcome event before it (an older contracts-service) still tells the responders the decision.
 */
@Singleton
public class Outcomes {

    private final BidderOutcomeRepository outcomes;
    private final OutcomeQueue messages;
    private final ObjectMapper json;

    Outcomes(BidderOutcomeRepository outcomes, OutcomeQueue messages, ObjectMapper json) {
        this.outcomes = outcomes;
        this.messages = messages;
        this.json = json;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void apply(InboundEvent event) {
        switch (event.type()) {
            case OpportunityEventTypes.OUTCOME_V1 -> {
                OpportunityOutcome o = event.decode(json, OpportunityOutcome.class);
                for (OpportunityOutcome.Bidder b : o.bidders()) {
                    outcomes.record(o.opportunityId(), b.enterpriseId(), b.result(), b.reason(), o.decision(), o.reason(), o.occurredAt());
                }
                messages.toBidders(event.id(), o.opportunityId());
            }
            case OpportunityEventTypes.AWARDED_V1, OpportunityEventTypes.UNSUCCESSFUL_V1 ->
                    messages.toResponders(event.id(), event.decode(json, OpportunityState.class).opportunityId());
            default -> {
                // not a decision
            }
        }
    }
}
