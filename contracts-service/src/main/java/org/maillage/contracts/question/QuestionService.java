package org.maillage.contracts.question;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.contracts.api.OpportunityQuestion;
import org.maillage.contracts.opportunity.MontrealTime;
import org.maillage.contracts.opportunity.OpportunityStore;
import org.maillage.contracts.opportunity.OpportunityView;
import org.maillage.platform.demo.DemoTime;
import org.maillage.platform.outbox.Outbox;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Enterprises ask while responses are open and until the question deadline, if any; the buyer answers for everyone to read, even after it. */
@Singleton
public class QuestionService {

    private final TransactionOperations<Connection> tx;
    private final OpportunityStore opportunities;
    private final Outbox outbox;

    public QuestionService(TransactionOperations<Connection> tx, OpportunityStore opportunities, Outbox outbox) {
        this.tx = tx;
        this.opportunities = opportunities;
        this.outbox = outbox;
    }

    public QuestionView ask(Caller caller, UUID opportunity, String question) {
        OpportunityView o = published(opportunity);
        if (!o.openAt(now())) {
            throw ProblemException.conflict("deadline", "questions close with responses, at the deadline", Map.of());
        }
        if (o.questionDeadline() != null && !now().isBefore(o.questionDeadline())) {
            throw ProblemException.conflict("questionDeadline", "questions closed at " + MontrealTime.show(o.questionDeadline())
                    + " (Montréal time); responses stay open until the deadline / période de questions terminée", Map.of());
        }
        if (caller.organizationId() == null || o.buyerId().equals(caller.organizationId())) {
            throw ProblemException.invalid("enterprise", "questions come from enterprises other than the buyer");
        }
        QuestionView q = new QuestionView(UUID.randomUUID(), question.strip(), now(), null, null);
        tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "insert into question (id, opportunity_id, enterprise_id, question, asked_at) values (?, ?, ?, ?, ?)")) {
                ps.setObject(1, q.id());
                ps.setObject(2, opportunity);
                ps.setObject(3, caller.organizationId());
                ps.setString(4, q.question());
                ps.setTimestamp(5, Timestamp.from(q.askedAt()));
                ps.executeUpdate();
            }
            // the asker then hears of addenda and of the answer, like the enterprises that said they were interested
            outbox.append(ContractsTopics.OPPORTUNITIES, opportunity.toString(), OpportunityEventTypes.QUESTION_ASKED_V1,
                    new OpportunityQuestion(opportunity, q.id(), caller.organizationId(), q.question(), null, q.askedAt()));
            return null;
        });
        return q;
    }

    public QuestionView answer(Caller caller, UUID opportunity, UUID question, String answer) {
        OpportunityView o = published(opportunity);
        if (!o.buyerId().equals(caller.organizationId())) {
            throw ProblemException.forbidden("Only the buyer answers questions on its opportunity.");
        }
        Instant now = now();
        boolean updated = tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "update question set answer = ?, answered_at = ? where id = ? and opportunity_id = ? returning enterprise_id, question")) {
                ps.setString(1, answer.strip());
                ps.setTimestamp(2, Timestamp.from(now));
                ps.setObject(3, question);
                ps.setObject(4, opportunity);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                    // every engaged enterprise and the asker learn the answer by email (notification-service)
                    outbox.append(ContractsTopics.OPPORTUNITIES, opportunity.toString(), OpportunityEventTypes.QUESTION_ANSWERED_V1,
                            new OpportunityQuestion(opportunity, question, rs.getObject(1, UUID.class), rs.getString(2), answer.strip(), now));
                    return true;
                }
            }
        });
        if (!updated) {
            throw ProblemException.notFound("Question", question);
        }
        return all(opportunity).stream().filter(q -> q.id().equals(question)).findFirst().orElseThrow();
    }

    public List<QuestionView> all(UUID opportunity) {
        published(opportunity);
        return tx.executeRead(status -> {
            List<QuestionView> out = new ArrayList<>();
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "select id, question, asked_at, answer, answered_at from question where opportunity_id = ? order by asked_at, id")) {
                ps.setObject(1, opportunity);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Timestamp answered = rs.getTimestamp(5);
                        out.add(new QuestionView(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant(),
                                rs.getString(4), answered == null ? null : answered.toInstant()));
                    }
                }
            }
            return out;
        });
    }

    private OpportunityView published(UUID opportunity) {
        return opportunities.find(opportunity).filter(x -> x.publishedAt() != null)
                .orElseThrow(() -> ProblemException.notFound("Opportunity", opportunity));
    }

    private static Instant now() {
        return DemoTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
