package org.maillage.notification.question;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.maillage.notification.delivery.OutgoingMessage;

import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface QuestionQueue extends GenericRepository<OutgoingMessage, Long> {

    /**
     * A question to the buyer: to the buyer's account whose address is the notice's contact, or, when the notice names no
     * contact or one that is no buyer account of the organization, to each of its buyers; unless the person turned this kind
     * off (a contact who did is not replaced by colleagues: the choice is theirs). Hand-written for its set-based insert,
     * keyed by (question, person) so that a redelivered event adds nothing.
     *
     * @param contactEmail the notice's contact address, or empty when it names none
     */
    @Query("""
            insert into outgoing_message (message_key, kind, event_id, account_id, opportunity_id, question_id)
            select 'question:' || :questionId || '|' || r.account_id || '|QUESTION_ASKED', 'QUESTION_ASKED', :eventId, r.account_id,
                   :opportunityId, :questionId
            from recipient r
            left join preference p on p.account_id = r.account_id
            where r.organization_id = :buyerId and r.role = 'BUYER'
              and (lower(r.email) = lower(:contactEmail) or not exists (select 1 from recipient c
                   where c.organization_id = :buyerId and c.role = 'BUYER' and lower(c.email) = lower(:contactEmail)))
              and not ('QUESTION_ASKED' = any(coalesce(p.kinds_off, '{}')))
            on conflict (message_key) do nothing""")
    long toBuyer(String eventId, UUID opportunityId, UUID questionId, UUID buyerId, String contactEmail);
}
