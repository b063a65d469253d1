package org.maillage.notification.delivery;

import jakarta.inject.Singleton;
import org.maillage.notification.Sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Writes message intents, one per (event, recipient, kind): the unique key makes a second delivery of the same
 * event add nothing. Who receives what is decided here, in one statement per event, from the read models and
 * each person's preferences.
 */
@Singleton
public class Intents {

    /**
     * A new opportunity matched to enterprises: an alert to each of their people who consented to alerts, has them
     * on, follows one of its categories and one of its regions (by default their organization's own), and whose
     * address has not bounced. Delivered now or in the digest, as each prefers.
     */
    public int alerts(Connection c, String eventId, UUID opportunityId, List<UUID> enterprises) throws SQLException {
        return Sql.update(c, """
                insert into email_intent (event_id, account_id, kind, opportunity_id, delivery)
                select ?, r.account_id, 'MATCHED', o.id, p.delivery
                from opportunity o
                join recipient r on r.organization_id = any(?) and r.role = 'SUPPLIER'
                join organization org on org.id = r.organization_id and org.status = 'ACTIVE'
                join preference p on p.account_id = r.account_id and p.alerts_consent and not ('MATCHED' = any(p.kinds_off))
                where o.id = ?
                  and (cardinality(o.categories) = 0 or coalesce(p.categories, org.categories) && o.categories)
                  and (cardinality(o.regions) = 0 or coalesce(p.regions, org.regions) && o.regions)
                  and not exists (select 1 from bounced_address b where b.email = r.email)
                on conflict (event_id, account_id, kind) do nothing""",
                eventId, enterprises.toArray(UUID[]::new), opportunityId);
    }

    /**
     * A change to an opportunity, to the people of the enterprises that engaged with it: that said they were
     * interested, asked a question or responded, or (for an outcome) only those that responded. Not alerts: they follow from the
     * enterprise's own step, so they need no consent to alerts, but each person can turn each kind off.
     */
    public int toEngaged(Connection c, String eventId, UUID opportunityId, Kind kind, boolean respondersOnly) throws SQLException {
        return Sql.update(c, """
                insert into email_intent (event_id, account_id, kind, opportunity_id, delivery)
                select ?, r.account_id, ?, e.opportunity_id, 'IMMEDIATE'
                from engagement e
                join recipient r on r.organization_id = e.enterprise_id and r.role = 'SUPPLIER'
                left join preference p on p.account_id = r.account_id
                where e.opportunity_id = ? and (e.responded or ((e.interested or e.asked) and not ?))
                  and not (? = any(coalesce(p.kinds_off, '{}')))
                on conflict (event_id, account_id, kind) do nothing""",
                eventId, kind.name(), opportunityId, respondersOnly, kind.name());
    }

    /** The buyer's answer, to the enterprises that engaged with the opportunity, the asker included. */
    public int answer(Connection c, String eventId, UUID opportunityId, UUID questionId) throws SQLException {
        return Sql.update(c, """
                insert into email_intent (event_id, account_id, kind, opportunity_id, question_id, delivery)
                select ?, r.account_id, 'ANSWERED', e.opportunity_id, ?, 'IMMEDIATE'
                from engagement e
                join recipient r on r.organization_id = e.enterprise_id and r.role = 'SUPPLIER'
                left join preference p on p.account_id = r.account_id
                where e.opportunity_id = ? and (e.responded or e.interested or e.asked)
                  and not ('ANSWERED' = any(coalesce(p.kinds_off, '{}')))
                on conflict (event_id, account_id, kind) do nothing""",
                eventId, questionId, opportunityId);
    }

    /**
     * One reminder per opportunity and person, keyed by the opportunity (not by its deadline), so an amended deadline
     * does not remind twice: to enterprises interested in an open opportunity that closes within the window and have
     * not responded.
     */
    public int reminders(Connection c, java.time.Duration window) throws SQLException {
        return Sql.update(c, """
                insert into email_intent (event_id, account_id, kind, opportunity_id, delivery)
                select 'reminder:' || o.id, r.account_id, 'REMINDER', o.id, 'IMMEDIATE'
                from opportunity o
                join engagement e on e.opportunity_id = o.id and e.interested and not e.responded
                join recipient r on r.organization_id = e.enterprise_id and r.role = 'SUPPLIER'
                left join preference p on p.account_id = r.account_id
                where o.status = 'PUBLISHED' and o.deadline > now() and o.deadline <= now() + ?::interval
                  and not ('REMINDER' = any(coalesce(p.kinds_off, '{}')))
                on conflict (event_id, account_id, kind) do nothing""",
                window.toSeconds() + " seconds");
    }

    /**
     * A contract declared with these organizations: to their buyers and sales people (not to coordinators, who
     * only watch), so that one of them confirms or rejects it. It follows from another party's step and needs no
     * consent to alerts, but each person can turn it off.
     */
    public int declared(Connection c, String eventId, UUID contractId, java.util.Collection<UUID> organizations) throws SQLException {
        return Sql.update(c, """
                insert into email_intent (event_id, account_id, kind, contract_id, delivery)
                select ?, r.account_id, 'DECLARED', ?, 'IMMEDIATE'
                from recipient r
                left join preference p on p.account_id = r.account_id
                where r.organization_id = any(?) and r.role in ('BUYER', 'SUPPLIER')
                  and not ('DECLARED' = any(coalesce(p.kinds_off, '{}')))
                on conflict (event_id, account_id, kind) do nothing""",
                eventId, contractId, organizations.toArray(UUID[]::new));
    }
}
