package org.maillage.notification.opportunity;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.contracts.api.OpportunityInterest;
import org.maillage.contracts.api.OpportunityMatches;
import org.maillage.contracts.api.OpportunityQuestion;
import org.maillage.contracts.api.OpportunityQuestionAsked;
import org.maillage.contracts.api.OpportunityQuestionDeadline;
import org.maillage.contracts.api.OpportunityResponse;
import org.maillage.contracts.api.OpportunityState;
import org.maillage.notification.delivery.Kind;
import org.maillage.platform.inbox.InboundEvent;

import java.util.UUID;

/**
 * Keeps what messages need to know about opportunities (titles, deadline, value, question deadline, who engaged) and turns
 * the events that concern enterprises into messages to send (a decision's, see the outcome package; a question's to the
 * buyer, see the question package). Runs in the inbox's transaction, so an event's messages are queued
 * if and only if the event is recorded as handled.
 */
@Singleton
public class OpportunityProjection {

    private final ObjectMapper json;
    private final OpportunityRepository opportunities;
    private final EngagementRepository engagements;
    private final AnsweredQuestionRepository answers;
    private final AlertQueue alerts;

    public OpportunityProjection(ObjectMapper json, OpportunityRepository opportunities, EngagementRepository engagements,
                                 AnsweredQuestionRepository answers, AlertQueue alerts) {
        this.json = json;
        this.opportunities = opportunities;
        this.engagements = engagements;
        this.answers = answers;
        this.alerts = alerts;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void apply(InboundEvent event) {
        String type = event.type();
        if (OpportunityEventTypes.carriesState(type)) {
            OpportunityState o = event.decode(json, OpportunityState.class);
            opportunities.keepNewest(o.opportunityId(), o.titleFr(), o.titleEn(), array(o.categories()), array(o.regions()),
                    o.deadline(), o.status(), o.cancelReason(), o.occurredAt(), o.buyerId(), o.estimatedValue());
            switch (type) {
                case OpportunityEventTypes.AMENDED_V1 -> alerts.toEngaged(event.id(), Kind.AMENDED.name(), o.opportunityId());
                case OpportunityEventTypes.CANCELLED_V1 -> alerts.toEngaged(event.id(), Kind.CANCELLED.name(), o.opportunityId());
                default -> {
                    // published and closed tell no one anything by themselves (matched names who to alert); the decisions'
                    // messages are the outcome package's
                }
            }
        } else if (OpportunityEventTypes.MATCHED_V1.equals(type)) {
            OpportunityMatches m = event.decode(json, OpportunityMatches.class);
            opportunities.matched(m.opportunityId(), m.enterpriseIds().size());
            alerts.alerts(event.id(), m.opportunityId(), m.enterpriseIds().stream().map(UUID::toString).toArray(String[]::new));
        } else if (OpportunityEventTypes.QUESTION_DEADLINE_V1.equals(type)) {
            OpportunityQuestionDeadline d = event.decode(json, OpportunityQuestionDeadline.class);
            opportunities.questionDeadline(d.opportunityId(), d.questionDeadline());
        } else if (OpportunityEventTypes.INTEREST_V1.equals(type)) {
            OpportunityInterest i = event.decode(json, OpportunityInterest.class);
            engagements.interested(i.opportunityId(), i.enterpriseId(), i.interested());
        } else if (OpportunityEventTypes.QUESTION_ASKED_V2.equals(type)) {
            OpportunityQuestionAsked q = event.decode(json, OpportunityQuestionAsked.class);
            engagements.asked(q.opportunityId(), q.askedBy());
        } else if (OpportunityEventTypes.QUESTION_ASKED_V1.equals(type) || OpportunityEventTypes.QUESTION_ANSWERED_V1.equals(type)) {
            OpportunityQuestion q = event.decode(json, OpportunityQuestion.class);
            engagements.asked(q.opportunityId(), q.askedBy());
            if (q.answer() != null) {
                answers.keepNewest(q.questionId(), q.opportunityId(), q.question(), q.answer(), q.occurredAt());
                alerts.answer(event.id(), q.opportunityId(), q.questionId());
            }
        } else if (OpportunityEventTypes.RESPONSE_V1.equals(type)) {
            OpportunityResponse r = event.decode(json, OpportunityResponse.class);
            engagements.responded(r.opportunityId(), r.enterpriseId(), "SUBMITTED".equals(r.status()));
        }
    }

    private static String[] array(java.util.List<String> values) {
        return values == null ? null : values.toArray(String[]::new);
    }
}
