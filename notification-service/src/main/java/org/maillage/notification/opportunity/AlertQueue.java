package org.maillage.notification.opportunity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.maillage.notification.delivery.OutgoingMessage;

import java.util.UUID;

/**
 * Who hears about an opportunity. Decided in the database, one statement per event, from the read models and each
 * person's preferences: hand-written set-based inserts, keyed by (event, recipient, kind), so that a second delivery of
 * the same event adds nothing.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AlertQueue extends GenericRepository<OutgoingMessage, Long> {

    /**
     * A new opportunity matched to enterprises: an alert to each of their people who consented to alerts, has them
     * on, follows one of its categories and one of its regions (by default their organization's own), and whose
     * address has not bounced. Delivered now or in the digest, as each prefers. Each alert keeps the enterprise it was
     * sent for, so the buyer learns how many enterprises its alerts reached.
     */
    @Query("""
            insert into outgoing_message (message_key, kind, event_id, account_id, opportunity_id, delivery, organization_id)
            select :eventId || '|' || r.account_id || '|MATCHED', 'MATCHED', :eventId, r.account_id, o.id, p.delivery, r.organization_id
            from opportunity o
            join recipient r on r.organization_id = any(cast(:enterprises as uuid[])) and r.role = 'SUPPLIER'
            join organization org on org.id = r.organization_id and org.status = 'ACTIVE'
            join preference p on p.account_id = r.account_id and p.alerts_consent and not ('MATCHED' = any(p.kinds_off))
            where o.id = :opportunityId
              and (cardinality(o.categories) = 0 or coalesce(p.categories, org.categories) && o.categories)
              and (cardinality(o.regions) = 0 or coalesce(p.regions, org.regions) && o.regions)
              and not exists (select 1 from bounced_address b where b.email = r.email)
            on conflict (message_key) do nothing""")
    long alerts(String eventId, UUID opportunityId, String[] enterprises);

    /**
     * A change to an opportunity, to the people of the enterprises that engaged with it: that said they were
     * interested, asked a question or responded (amendments and cancellations). Not alerts: they follow from the
     * enterprise's own step, so they need no consent to alerts, but each person can turn each kind off.
     */
    @Query("""
            insert into outgoing_message (message_key, kind, event_id, account_id, opportunity_id)
            select :eventId || '|' || r.account_id || '|' || :kind, :kind, :eventId, r.account_id, e.opportunity_id
            from engagement e
            join recipient r on r.organization_id = e.enterprise_id and r.role = 'SUPPLIER'
            left join preference p on p.account_id = r.account_id
            where e.opportunity_id = :opportunityId and (e.responded or e.interested or e.asked)
              and not (:kind = any(coalesce(p.kinds_off, '{}')))
            on conflict (message_key) do nothing""")
    long toEngaged(String eventId, String kind, UUID opportunityId);

    /** The buyer's answer, to the enterprises that engaged with the opportunity, the asker included. */
    @Query("""
            insert into outgoing_message (message_key, kind, event_id, account_id, opportunity_id, question_id)
            select :eventId || '|' || r.account_id || '|ANSWERED', 'ANSWERED', :eventId, r.account_id, e.opportunity_id, :questionId
            from engagement e
            join recipient r on r.organization_id = e.enterprise_id and r.role = 'SUPPLIER'
            left join preference p on p.account_id = r.account_id
            where e.opportunity_id = :opportunityId and (e.responded or e.interested or e.asked)
              and not ('ANSWERED' = any(coalesce(p.kinds_off, '{}')))
            on conflict (message_key) do nothing""")
    long answer(String eventId, UUID opportunityId, UUID questionId);

    /**
     * One reminder per opportunity and person, keyed by the opportunity (not by its deadline), so an amended deadline
     * does not remind twice, nor does a second run or a second instance: to enterprises interested in an open
     * opportunity that closes within the window and have not responded.
     */
    @Query("""
            insert into outgoing_message (message_key, kind, event_id, account_id, opportunity_id)
            select 'reminder:' || o.id || '|' || r.account_id || '|REMINDER', 'REMINDER', 'reminder:' || o.id, r.account_id, o.id
            from opportunity o
            join engagement e on e.opportunity_id = o.id and e.interested and not e.responded
            join recipient r on r.organization_id = e.enterprise_id and r.role = 'SUPPLIER'
            left join preference p on p.account_id = r.account_id
            where o.status = 'PUBLISHED' and o.deadline > now() and o.deadline <= now() + make_interval(secs => :windowSeconds)
              and not ('REMINDER' = any(coalesce(p.kinds_off, '{}')))
            on conflict (message_key) do nothing""")
    long reminders(long windowSeconds);
}
