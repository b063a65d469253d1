package org.maillage.notification.question;

import jakarta.inject.Singleton;
import org.maillage.notification.delivery.Addressee;
import org.maillage.notification.delivery.Kind;
import org.maillage.notification.delivery.KindRenderer;
import org.maillage.notification.delivery.OutgoingMessage;
import org.maillage.notification.delivery.Rendering;
import org.maillage.notification.message.MessageRenderer;
import org.maillage.notification.message.OpportunityItem;
import org.maillage.notification.opportunity.OpportunityRepository;
import org.maillage.notification.unsubscribe.UnsubscribeTokens;

import java.util.List;
import java.util.Set;

/** A question to the buyer, with the question and the way to answer it. */
@Singleton
class QuestionRenderer implements KindRenderer {

    private final OpportunityRepository opportunities;
    private final AskedQuestionRepository questions;
    private final MessageRenderer renderer;
    private final UnsubscribeTokens tokens;

    QuestionRenderer(OpportunityRepository opportunities, AskedQuestionRepository questions, MessageRenderer renderer,
                     UnsubscribeTokens tokens) {
        this.opportunities = opportunities;
        this.questions = questions;
        this.renderer = renderer;
        this.tokens = tokens;
    }

    @Override
    public Set<Kind> kinds() {
        return Set.of(Kind.QUESTION_ASKED);
    }

    @Override
    public Rendering render(OutgoingMessage m, Addressee to) {
        var question = questions.findById(m.questionId());
        var opportunity = opportunities.findById(m.opportunityId());
        if (question.isEmpty() || opportunity.isEmpty()) {
            return Rendering.notYet("question or opportunity not known yet");
        }
        var o = opportunity.get();
        OpportunityItem item = new OpportunityItem(o.id(), o.titleFr(), o.titleEn(), o.deadline(), o.status(), null, null, List.of(), null,
                o.questionDeadline());
        return Rendering.ready(renderer.renderQuestionAsked(to.language(), item, question.get().question(),
                tokens.link(m.accountId(), Kind.QUESTION_ASKED)));
    }
}
