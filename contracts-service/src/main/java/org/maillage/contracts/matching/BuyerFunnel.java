package org.maillage.contracts.matching;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.contracts.opportunity.OpportunityStore;
import org.maillage.contracts.opportunity.OpportunityView;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;

import java.util.List;
import java.util.UUID;

/** Who was matched to an opportunity and what each did with it, for its buyer only (the reasons' text is theirs alone). */
@Singleton
public class BuyerFunnel {

    private final NotificationRepository notifications;
    private final OpportunityStore opportunities;
    private final Matching matching;

    public BuyerFunnel(NotificationRepository notifications, OpportunityStore opportunities, Matching matching) {
        this.notifications = notifications;
        this.opportunities = opportunities;
        this.matching = matching;
    }

    @Transactional(readOnly = true)
    public MatchView of(Caller caller, UUID id) {
        OpportunityView o = opportunities.find(id).orElseThrow(() -> ProblemException.notFound("Opportunity", id));
        if (!o.buyerId().equals(caller.organizationId())) {
            if (o.publishedAt() == null) {
                throw ProblemException.notFound("Opportunity", id);
            }
            throw ProblemException.forbidden("Only the buying organization sees who was matched to its opportunity.");
        }
        int fitting = matching.fitting(o.buyerId(), o.categories(), o.regions());
        List<MatchView.Enterprise> rows = notifications.ofOpportunity(id).stream().map(n -> new MatchView.Enterprise(n.key().enterpriseId(),
                n.notifiedAt(), n.viewedAt(), n.interested(), n.reason(), n.reasonText(), n.answeredAt())).toList();
        return new MatchView(fitting, rows);
    }
}
