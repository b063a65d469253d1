package org.maillage.reporting.opportunity;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.contracts.api.OpportunityInterest;
import org.maillage.contracts.api.OpportunityMatches;
import org.maillage.contracts.api.OpportunityResponse;
import org.maillage.contracts.api.OpportunityState;
import org.maillage.platform.inbox.InboundEvent;
import org.maillage.reporting.projection.ProjectionLock;

import java.util.UUID;

/** The funnel's read model from contracts.opportunities: published, matched, interested, responded, awarded. */
@Singleton
public class OpportunityProjection {

    private final OpportunityRepository opportunities;
    private final OpportunityMatchRepository matches;
    private final OpportunityInterestRepository interests;
    private final OpportunityResponseRepository responses;
    private final ProjectionLock lock;
    private final ObjectMapper json;

    public OpportunityProjection(OpportunityRepository opportunities, OpportunityMatchRepository matches,
                                 OpportunityInterestRepository interests, OpportunityResponseRepository responses,
                                 ProjectionLock lock, ObjectMapper json) {
        this.opportunities = opportunities;
        this.matches = matches;
        this.interests = interests;
        this.responses = responses;
        this.lock = lock;
        this.json = json;
    }

    /** Runs in the inbox's transaction. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void apply(InboundEvent event) {
        lock.hold();
        if (OpportunityEventTypes.carriesState(event.type())) {
            OpportunityState o = event.decode(json, OpportunityState.class);
            opportunities.keepNewest(o.opportunityId(), o.buyerId(), o.buyerKind(), o.decisionUnitId(), o.titleFr(), o.titleEn(),
                    o.method(), o.categories().toArray(String[]::new), o.regions().toArray(String[]::new),
                    o.socialClauses().toArray(String[]::new), o.estimatedValue(), o.deadline(), o.status(), o.cancelReason(),
                    o.matchedEnterprises(), o.occurredAt());
        } else if (OpportunityEventTypes.MATCHED_V1.equals(event.type())) {
            OpportunityMatches m = event.decode(json, OpportunityMatches.class);
            matches.matched(m.opportunityId(), m.enterpriseIds().stream().map(UUID::toString).toArray(String[]::new));
        } else if (OpportunityEventTypes.INTEREST_V1.equals(event.type())) {
            OpportunityInterest i = event.decode(json, OpportunityInterest.class);
            interests.keepNewest(i.opportunityId(), i.enterpriseId(), i.interested(), i.reason(), i.occurredAt());
        } else if (OpportunityEventTypes.RESPONSE_V1.equals(event.type())) {
            OpportunityResponse r = event.decode(json, OpportunityResponse.class);
            responses.keepNewest(r.opportunityId(), r.enterpriseId(), r.status(), r.occurredAt());
        }
    }
}
