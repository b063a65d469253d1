package org.maillage.notification.opportunity;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.contracts.api.OpportunityInterest;
import org.maillage.contracts.api.OpportunityMatches;
import org.maillage.contracts.api.OpportunityQuestion;
import org.maillage.contracts.api.OpportunityResponse;
import org.maillage.contracts.api.OpportunityState;
import org.maillage.notification.Sql;
import org.maillage.notification.delivery.Intents;
import org.maillage.notification.delivery.Kind;
import org.maillage.platform.inbox.InboundEvent;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Keeps what messages need to know about opportunities (titles, deadline, who engaged) and turns the events
 * that concern people into message intents. Runs in the inbox's transaction, so an event's intents are written
 * if and only if the event is recorded as handled.
 */
@Singleton
public class OpportunityProjection {

    private final TransactionOperations<Connection> tx;
    private final ObjectMapper json;
    private final Intents intents;

    public OpportunityProjection(TransactionOperations<Connection> tx, ObjectMapper json, Intents intents) {
        this.tx = tx;
        this.json = json;
        this.intents = intents;
    }

    public void apply(InboundEvent event) throws SQLException {
        Connection c = tx.getConnection();
        String type = event.type();
        if (OpportunityEventTypes.carriesState(type)) {
            OpportunityState o = event.decode(json, OpportunityState.class);
            upsert(c, o);
            switch (type) {
                case OpportunityEventTypes.AMENDED_V1 -> intents.toEngaged(c, event.id(), o.opportunityId(), Kind.AMENDED, false);
                case OpportunityEventTypes.CANCELLED_V1 -> intents.toEngaged(c, event.id(), o.opportunityId(), Kind.CANCELLED, false);
                case OpportunityEventTypes.AWARDED_V1, OpportunityEventTypes.UNSUCCESSFUL_V1 ->
                        intents.toEngaged(c, event.id(), o.opportunityId(), Kind.OUTCOME, true);
                default -> {
                    // published and closed tell no one anything by themselves: matched names who to alert
                }
            }
        } else if (OpportunityEventTypes.MATCHED_V1.equals(type)) {
            OpportunityMatches m = event.decode(json, OpportunityMatches.class);
            intents.alerts(c, event.id(), m.opportunityId(), m.enterpriseIds());
        } else if (OpportunityEventTypes.INTEREST_V1.equals(type)) {
            OpportunityInterest i = event.decode(json, OpportunityInterest.class);
            Sql.update(c, """
                    insert into engagement (opportunity_id, enterprise_id, interested) values (?, ?, ?)
                    on conflict (opportunity_id, enterprise_id) do update set interested = excluded.interested""",
                    i.opportunityId(), i.enterpriseId(), i.interested());
        } else if (OpportunityEventTypes.QUESTION_ASKED_V1.equals(type) || OpportunityEventTypes.QUESTION_ANSWERED_V1.equals(type)) {
            OpportunityQuestion q = event.decode(json, OpportunityQuestion.class);
            Sql.update(c, """
                    insert into engagement (opportunity_id, enterprise_id, asked) values (?, ?, true)
                    on conflict (opportunity_id, enterprise_id) do update set asked = true""",
                    q.opportunityId(), q.askedBy());
            if (q.answer() != null) {
                Sql.update(c, """
                        insert into answered_question (question_id, opportunity_id, question, answer, answered_at) values (?, ?, ?, ?, ?)
                        on conflict (question_id) do update set question = excluded.question, answer = excluded.answer,
                            answered_at = excluded.answered_at
                        where answered_question.answered_at <= excluded.answered_at""",
                        q.questionId(), q.opportunityId(), q.question(), q.answer(), q.occurredAt());
                intents.answer(c, event.id(), q.opportunityId(), q.questionId());
            }
        } else if (OpportunityEventTypes.RESPONSE_V1.equals(type)) {
            OpportunityResponse r = event.decode(json, OpportunityResponse.class);
            boolean submitted = "SUBMITTED".equals(r.status());
            Sql.update(c, """
                    insert into engagement (opportunity_id, enterprise_id, responded) values (?, ?, ?)
                    on conflict (opportunity_id, enterprise_id) do update set responded = excluded.responded""",
                    r.opportunityId(), r.enterpriseId(), submitted);
        }
    }

    private static void upsert(Connection c, OpportunityState o) throws SQLException {
        Sql.update(c, """
                insert into opportunity (id, title_fr, title_en, categories, regions, deadline, status, cancel_reason, changed_at, buyer_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set title_fr = excluded.title_fr, title_en = excluded.title_en,
                    categories = excluded.categories, regions = excluded.regions, deadline = excluded.deadline,
                    status = excluded.status, cancel_reason = excluded.cancel_reason, changed_at = excluded.changed_at,
                    buyer_id = excluded.buyer_id
                where opportunity.changed_at <= excluded.changed_at""",
                o.opportunityId(), o.titleFr(), o.titleEn(), Sql.array(o.categories()), Sql.array(o.regions()),
                o.deadline(), o.status(), o.cancelReason(), o.occurredAt(), o.buyerId());
    }
}
