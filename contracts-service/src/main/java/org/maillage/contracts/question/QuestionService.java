package org.maillage.contracts.question;

import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.contracts.api.OpportunityQuestion;
import org.maillage.contracts.api.OpportunityQuestionAsked;
import org.maillage.contracts.opportunity.MontrealTime;
import org.maillage.contracts.opportunity.OpportunityStore;
import org.maillage.contracts.opportunity.OpportunityView;
import org.maillage.platform.outbox.Outbox;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Enterprises ask while responses are open and until the question deadline, if any; the buyer answers for everyone to read, even after it. */
@Singleton
public class QuestionService {

    private static final Sort ORDER = Sort.of(Sort.Order.asc("askedAt"), Sort.Order.asc("id"));

    private final QuestionRepository questions;
    private final OpportunityStore opportunities;
    private final Outbox outbox;
    private final Clock clock;

    public QuestionService(QuestionRepository questions, OpportunityStore opportunities, Outbox outbox, Clock clock) {
        this.questions = questions;
        this.opportunities = opportunities;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public QuestionView ask(Caller caller, UUID opportunity, String question) {
        OpportunityView o = published(opportunity);
        if (!o.openAt(clock.instant())) {
            throw ProblemException.conflict("deadline", "questions close with responses, at the deadline", Map.of());
        }
        if (o.questionDeadline() != null && !clock.instant().isBefore(o.questionDeadline())) {
            throw ProblemException.conflict("questionDeadline", "questions closed at " + MontrealTime.show(o.questionDeadline())
                    + " (Montréal time); responses stay open until the deadline / période de questions terminée", Map.of());
        }
        if (caller.organizationId() == null || o.buyerId().equals(caller.organizationId())) {
            throw ProblemException.invalid("enterprise", "questions come from enterprises other than the buyer");
        }
        QuestionView q = new QuestionView(UUID.randomUUID(), question.strip(), clock.instant(), null, null);
        questions.save(new QuestionRow(q.id(), opportunity, caller.organizationId(), q.question(), q.askedAt(), null, null));
        // the asker then hears of addenda and of the answer, like the enterprises that said they were interested; the notice's
        // contact (or else the buyer's people) is told that a question waits for an answer
        outbox.append(ContractsTopics.OPPORTUNITIES, opportunity.toString(), OpportunityEventTypes.QUESTION_ASKED_V2,
                new OpportunityQuestionAsked(opportunity, q.id(), caller.organizationId(), q.question(), o.buyerId(), o.contactName(),
                        o.contactEmail(), q.askedAt()));
        return q;
    }

    @Transactional
    public QuestionView answer(Caller caller, UUID opportunity, UUID question, String answer) {
        OpportunityView o = published(opportunity);
        if (!o.buyerId().equals(caller.organizationId())) {
            throw ProblemException.forbidden("Only the buyer answers questions on its opportunity.");
        }
        QuestionRow q = questions.findByIdAndOpportunityIdForUpdate(question, opportunity)
                .orElseThrow(() -> ProblemException.notFound("Question", question));
        QuestionRow answered = questions.update(q.answered(answer.strip(), clock.instant()));
        // every engaged enterprise and the asker learn the answer by email (notification-service)
        outbox.append(ContractsTopics.OPPORTUNITIES, opportunity.toString(), OpportunityEventTypes.QUESTION_ANSWERED_V1,
                new OpportunityQuestion(opportunity, question, answered.enterpriseId(), answered.question(), answered.answer(),
                        answered.answeredAt()));
        return answered.view();
    }

    @Transactional(readOnly = true)
    public List<QuestionView> all(UUID opportunity) {
        published(opportunity);
        return questions.findByOpportunityId(opportunity, ORDER).stream().map(QuestionRow::view).toList();
    }

    private OpportunityView published(UUID opportunity) {
        return opportunities.find(opportunity).filter(x -> x.publishedAt() != null)
                .orElseThrow(() -> ProblemException.notFound("Opportunity", opportunity));
    }
}
