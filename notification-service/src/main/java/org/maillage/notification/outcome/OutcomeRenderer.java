package org.maillage.notification.outcome;

import jakarta.inject.Singleton;
import org.maillage.notification.delivery.Addressee;
import org.maillage.notification.delivery.Kind;
import org.maillage.notification.delivery.KindRenderer;
import org.maillage.notification.delivery.OutgoingMessage;
import org.maillage.notification.delivery.Rendering;
import org.maillage.notification.message.MessageRenderer;
import org.maillage.notification.message.OpportunityItem;
import org.maillage.notification.message.Outcome;
import org.maillage.notification.opportunity.OpportunityRepository;
import org.maillage.notification.unsubscribe.UnsubscribeTokens;

import java.util.Set;

/** A decision, to one bidder's person: its own outcome when the message names the bidder, else the decision only. */
@Singleton
class OutcomeRenderer implements KindRenderer {

    private final OpportunityRepository opportunities;
    private final BidderOutcomeRepository outcomes;
    private final MessageRenderer renderer;
    private final UnsubscribeTokens tokens;

    OutcomeRenderer(OpportunityRepository opportunities, BidderOutcomeRepository outcomes, MessageRenderer renderer,
                    UnsubscribeTokens tokens) {
        this.opportunities = opportunities;
        this.outcomes = outcomes;
        this.renderer = renderer;
        this.tokens = tokens;
    }

    @Override
    public Set<Kind> kinds() {
        return Set.of(Kind.OUTCOME);
    }

    @Override
    public Rendering render(OutgoingMessage m, Addressee to) {
        return opportunities.findById(m.opportunityId())
                .map(o -> Rendering.ready(renderer.renderOutcome(to.language(),
                        OpportunityItem.of(o.id(), o.titleFr(), o.titleEn(), o.deadline(), o.status(), o.cancelReason()), outcome(m),
                        tokens.link(m.accountId(), Kind.OUTCOME))))
                .orElseGet(() -> Rendering.notYet("opportunity not known yet"));
    }

    private Outcome outcome(OutgoingMessage m) {
        if (m.organizationId() == null) {
            return null;
        }
        return outcomes.findById(new BidderOutcomeRow.Key(m.opportunityId(), m.organizationId()))
                .map(b -> new Outcome(b.result(), b.reason(), b.decision(), b.decisionReason())).orElse(null);
    }
}
