package org.maillage.notification.opportunity;

import jakarta.inject.Singleton;
import org.maillage.notification.delivery.Addressee;
import org.maillage.notification.delivery.Kind;
import org.maillage.notification.delivery.KindRenderer;
import org.maillage.notification.delivery.OutgoingMessage;
import org.maillage.notification.delivery.Rendering;
import org.maillage.notification.message.Answer;
import org.maillage.notification.message.MessageRenderer;
import org.maillage.notification.message.OpportunityItem;
import org.maillage.notification.unsubscribe.UnsubscribeTokens;

import java.util.List;
import java.util.Set;

/** The messages about opportunities: an alert or a digest of them, a follow-up, an answer, a reminder (a decision: see the outcome package). */
@Singleton
class OpportunityRenderer implements KindRenderer {

    private final OpportunityRepository opportunities;
    private final AnsweredQuestionRepository answers;
    private final MessageRenderer renderer;
    private final UnsubscribeTokens tokens;

    OpportunityRenderer(OpportunityRepository opportunities, AnsweredQuestionRepository answers, MessageRenderer renderer,
                        UnsubscribeTokens tokens) {
        this.opportunities = opportunities;
        this.answers = answers;
        this.renderer = renderer;
        this.tokens = tokens;
    }

    @Override
    public Set<Kind> kinds() {
        return Set.of(Kind.MATCHED, Kind.AMENDED, Kind.CANCELLED, Kind.ANSWERED, Kind.REMINDER, Kind.DIGEST);
    }

    @Override
    public Rendering render(OutgoingMessage m, Addressee to) {
        Answer answer = m.questionId() == null ? null
                : answers.findById(m.questionId()).map(a -> new Answer(a.question(), a.answer())).orElse(null);
        return Rendering.ready(renderer.render(m.kind(), to.language(), items(m), answer, tokens.link(m.accountId(), m.kind())));
    }

    private List<OpportunityItem> items(OutgoingMessage m) {
        List<OpportunityRow> rows = m.kind() == Kind.DIGEST ? opportunities.inDigest(m.id())
                : opportunities.findById(m.opportunityId()).map(List::of).orElse(List.of());
        return rows.stream().map(this::item).toList();
    }

    /** Everything a message may say of the opportunity; each kind's text takes what concerns it. */
    private OpportunityItem item(OpportunityRow o) {
        return new OpportunityItem(o.id(), o.titleFr(), o.titleEn(), o.deadline(), o.status(), o.cancelReason(),
                opportunities.buyerName(o.id()).orElse(null), List.of(o.categories()), o.estimatedValue(), o.questionDeadline());
    }
}
