package org.maillage.notification.question;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.contracts.api.OpportunityQuestion;
import org.maillage.contracts.api.OpportunityQuestionAsked;
import org.maillage.notification.opportunity.OpportunityRepository;
import org.maillage.notification.opportunity.OpportunityRow;
import org.maillage.platform.inbox.InboundEvent;

import java.util.Optional;
import java.util.UUID;

/**
 * Applies a question asked inside the inbox's transaction: the buyer's contact (or its buyers) gets a message to send. A v1
 * event (before contracts-service named the contact) goes to the buyers of the opportunity's buyer, known from its state.
 */
@Singleton
public class QuestionsAsked {

    private final AskedQuestionRepository questions;
    private final QuestionQueue messages;
    private final OpportunityRepository opportunities;
    private final ObjectMapper json;

    QuestionsAsked(AskedQuestionRepository questions, QuestionQueue messages, OpportunityRepository opportunities, ObjectMapper json) {
        this.questions = questions;
        this.messages = messages;
        this.opportunities = opportunities;
        this.json = json;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void apply(InboundEvent event) {
        if (OpportunityEventTypes.QUESTION_ASKED_V2.equals(event.type())) {
            OpportunityQuestionAsked q = event.decode(json, OpportunityQuestionAsked.class);
            queue(event, q.opportunityId(), q.questionId(), q.question(), q.occurredAt(), Optional.of(q.buyerId()), q.contactEmail());
        } else if (OpportunityEventTypes.QUESTION_ASKED_V1.equals(event.type())) {
            OpportunityQuestion q = event.decode(json, OpportunityQuestion.class);
            queue(event, q.opportunityId(), q.questionId(), q.question(), q.occurredAt(),
                    opportunities.findById(q.opportunityId()).map(OpportunityRow::buyerId), null);
        }
    }

    private void queue(InboundEvent event, UUID opportunity, UUID question, String text, java.time.Instant at, Optional<UUID> buyer,
                       String contactEmail) {
        questions.keep(question, opportunity, text, at);
        buyer.ifPresent(b -> messages.toBuyer(event.id(), opportunity, question, b, contactEmail == null ? "" : contactEmail.strip()));
    }
}
