package org.maillage.contracts.matching;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.contracts.api.OpportunityInterest;
import org.maillage.contracts.opportunity.OpportunityStore;
import org.maillage.contracts.opportunity.OpportunityView;
import org.maillage.platform.outbox.Outbox;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a matched enterprise sees and says: its open opportunities, which it viewed, its interest. */
@Singleton
public class InterestService {

    private final NotificationRepository notifications;
    private final OpportunityStore opportunities;
    private final Outbox outbox;
    private final Clock clock;

    public InterestService(NotificationRepository notifications, OpportunityStore opportunities, Outbox outbox, Clock clock) {
        this.notifications = notifications;
        this.opportunities = opportunities;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Open opportunities matched to the caller's enterprise, nearest deadline first. */
    public List<OpportunityView> matched(Caller caller) {
        return opportunities.openMatchedTo(caller.organizationId(), 200).stream().map(o -> o.visibleTo(caller.organizationId())).toList();
    }

    /** The caller's enterprise's standing with each opportunity still open for responses, the latest matched first. */
    @Transactional(readOnly = true)
    public List<MyInterest> mine(Caller caller) {
        if (caller.organizationId() == null) {
            return List.of();
        }
        return notifications.openOf(caller.organizationId(), 200).stream().map(NotificationRow::interest).toList();
    }

    /** The first time a matched enterprise opens it. */
    @Transactional
    public void viewed(Caller caller, UUID opportunity) {
        if (caller.organizationId() != null) {
            notifications.viewed(opportunity, caller.organizationId());
        }
    }

    /** Only while responses are open; an enterprise that was not matched may still say it is interested. */
    @Transactional
    public void answer(Caller caller, UUID opportunity, InterestForm f) {
        OpportunityView o = opportunities.find(opportunity).filter(x -> x.publishedAt() != null)
                .orElseThrow(() -> ProblemException.notFound("Opportunity", opportunity));
        Instant now = clock.instant();
        if (!o.openAt(now)) {
            throw ProblemException.conflict("status", "responses are closed for this opportunity (" + o.status() + ")", Map.of());
        }
        if (!f.interested() && f.reason() == null) {
            throw ProblemException.invalid("reason", "say why not: TOO_LARGE, NOT_OUR_FIELD, TIMING, CAPACITY or OTHER");
        }
        notifications.answer(opportunity, caller.organizationId(), f.interested(), f.interested() ? null : f.reason(),
                f.interested() ? null : f.reasonText(), now);
        outbox.append(ContractsTopics.OPPORTUNITIES, opportunity.toString(), OpportunityEventTypes.INTEREST_V1,
                new OpportunityInterest(opportunity, caller.organizationId(), f.interested(), f.interested() ? null : f.reason(), now));
    }
}
