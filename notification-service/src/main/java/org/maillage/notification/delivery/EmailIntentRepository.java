package org.maillage.notification.delivery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Message intents. Who receives what is decided in the database, one statement per event, from the read models and
 * each person's preferences: hand-written set-based inserts, where the unique key (event, recipient, kind) makes a
 * second delivery of the same event add nothing.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface EmailIntentRepository extends CrudRepository<EmailIntentRow, Long> {

    /**
     * A new opportunity matched to enterprises: an alert to each of their people who consented to alerts, has them
     * on, follows one of its categories and one of its regions (by default their organization's own), and whose
     * address has not bounced. Delivered now or in the digest, as each prefers.
     */
    @Query("""
            insert into email_intent (event_id, account_id, kind, opportunity_id, delivery)
            select :eventId, r.account_id, 'MATCHED', o.id, p.delivery
            from opportunity o
            join recipient r on r.organization_id = any(cast(:enterprises as uuid[])) and r.role = 'SUPPLIER'
            join organization org on org.id = r.organization_id and org.status = 'ACTIVE'
            join preference p on p.account_id = r.account_id and p.alerts_consent and not ('MATCHED' = any(p.kinds_off))
            where o.id = :opportunityId
              and (cardinality(o.categories) = 0 or coalesce(p.categories, org.categories) && o.categories)
              and (cardinality(o.regions) = 0 or coalesce(p.regions, org.regions) && o.regions)
              and not exists (select 1 from bounced_address b where b.email = r.email)
            on conflict (event_id, account_id, kind) do nothing""")
    long alerts(String eventId, UUID opportunityId, String[] enterprises);

    /**
     * A change to an opportunity, to the people of the enterprises that engaged with it: that said they were
     * interested, asked a question or responded, or (for an outcome) only those that responded. Not alerts: they follow
     * from the enterprise's own step, so they need no consent to alerts, but each person can turn each kind off.
     */
    @Query("""
            insert into email_intent (event_id, account_id, kind, opportunity_id, delivery)
            select :eventId, r.account_id, :kind, e.opportunity_id, 'IMMEDIATE'
            from engagement e
            join recipient r on r.organization_id = e.enterprise_id and r.role = 'SUPPLIER'
            left join preference p on p.account_id = r.account_id
            where e.opportunity_id = :opportunityId and (e.responded or ((e.interested or e.asked) and not :respondersOnly))
              and not (:kind = any(coalesce(p.kinds_off, '{}')))
            on conflict (event_id, account_id, kind) do nothing""")
    long toEngaged(String eventId, String kind, UUID opportunityId, boolean respondersOnly);

    /** The buyer's answer, to the enterprises that engaged with the opportunity, the asker included. */
    @Query("""
            insert into email_intent (event_id, account_id, kind, opportunity_id, question_id, delivery)
            select :eventId, r.account_id, 'ANSWERED', e.opportunity_id, :questionId, 'IMMEDIATE'
            from engagement e
            join recipient r on r.organization_id = e.enterprise_id and r.role = 'SUPPLIER'
            left join preference p on p.account_id = r.account_id
            where e.opportunity_id = :opportunityId and (e.responded or e.interested or e.asked)
              and not ('ANSWERED' = any(coalesce(p.kinds_off, '{}')))
            on conflict (event_id, account_id, kind) do nothing""")
    long answer(String eventId, UUID opportunityId, UUID questionId);

    /**
     * One reminder per opportunity and person, keyed by the opportunity (not by its deadline), so an amended deadline
     * does not remind twice: to enterprises interested in an open opportunity that closes within the window and have
     * not responded.
     */
    @Query("""
            insert into email_intent (event_id, account_id, kind, opportunity_id, delivery)
            select 'reminder:' || o.id, r.account_id, 'REMINDER', o.id, 'IMMEDIATE'
            from opportunity o
            join engagement e on e.opportunity_id = o.id and e.interested and not e.responded
            join recipient r on r.organization_id = e.enterprise_id and r.role = 'SUPPLIER'
            left join preference p on p.account_id = r.account_id
            where o.status = 'PUBLISHED' and o.deadline > now() and o.deadline <= now() + make_interval(secs => :windowSeconds)
              and not ('REMINDER' = any(coalesce(p.kinds_off, '{}')))
            on conflict (event_id, account_id, kind) do nothing""")
    long reminders(long windowSeconds);

    /**
     * A contract declared with these organizations: to their buyers and sales people (not to coordinators, who
     * only watch), so that one of them confirms or rejects it. It follows from another party's step and needs no
     * consent to alerts, but each person can turn it off.
     */
    @Query("""
            insert into email_intent (event_id, account_id, kind, contract_id, delivery)
            select :eventId, r.account_id, 'DECLARED', :contractId, 'IMMEDIATE'
            from recipient r
            left join preference p on p.account_id = r.account_id
            where r.organization_id = any(cast(:organizations as uuid[])) and r.role in ('BUYER', 'SUPPLIER')
              and not ('DECLARED' = any(coalesce(p.kinds_off, '{}')))
            on conflict (event_id, account_id, kind) do nothing""")
    long declared(String eventId, UUID contractId, String[] organizations);

    /** The week's summary, to every coordinator with pilots who has not turned it off; keyed by the week. */
    @Query("""
            insert into email_intent (event_id, account_id, kind, delivery)
            select :eventId, r.account_id, 'WEEKLY', 'IMMEDIATE'
            from recipient r
            left join preference p on p.account_id = r.account_id
            where r.role = 'COORDINATOR' and cardinality(r.pilots) > 0
              and not ('WEEKLY' = any(coalesce(p.kinds_off, '{}')))
            on conflict (event_id, account_id, kind) do nothing""")
    long weekly(String eventId);

    /** Hand-written claim: {@code skip locked} keeps several senders off each other's intents. */
    @Query("""
            select i.id, i.event_id, i.account_id, i.kind, i.opportunity_id, i.question_id, i.contract_id, r.role, r.email,
                   coalesce(p.language, r.language) as language
            from email_intent i
            left join recipient r on r.account_id = i.account_id
            left join preference p on p.account_id = i.account_id
            where i.status = 'PENDING' and i.delivery = 'IMMEDIATE' and i.next_attempt_at <= now()
            order by i.id limit :limit for update of i skip locked""")
    List<DueIntent> claim(int limit);

    /** Held until the batch commits, so two senders never both count the same person's alerts as under the limit. */
    @Query("select pg_try_advisory_xact_lock(hashtextextended(:key, 0))")
    boolean tryLock(String key);

    long countByAccountIdAndKindAndStatusAndSentAtGreaterThanEquals(UUID accountId, String kind, String status, Instant sentAt);

    void update(@Id Long id, String status, @Nullable String error);

    void update(@Id Long id, String delivery);

    @Query("update email_intent set attempts = attempts + 1, error = :error where id = :id")
    long attemptFailed(long id, String error);

    @Query("""
            update email_intent set status = 'SENT', sent_at = now(), email = :email, language = :language, attempts = attempts + 1,
                error = null where id = :id""")
    long sent(long id, String email, String language);

    @Query("update email_intent set status = 'FAILED', email = :email, attempts = attempts + 1, error = :error where id = :id")
    long refused(long id, String email, String error);

    /** The people whose digest hour (Montréal time) has come and who have alerts waiting for it. */
    @Query("""
            select distinct i.account_id from email_intent i
            left join preference p on p.account_id = i.account_id
            where i.status = 'PENDING' and i.delivery = 'DIGEST' and coalesce(p.digest_hour, 7) <= :hour""")
    List<UUID> waitingForDigest(int hour);

    /** The day's digest of one person, unless it exists already (then nothing). */
    @Query("""
            insert into email_intent (event_id, account_id, kind, delivery) values (:eventId, :accountId, 'DIGEST', 'IMMEDIATE')
            on conflict (event_id, account_id, kind) do nothing returning id""")
    List<Long> openDigest(String eventId, UUID accountId);

    @Query("""
            update email_intent set status = 'DIGESTED', digest_id = :digestId
            where account_id = :accountId and status = 'PENDING' and delivery = 'DIGEST'""")
    long gather(long digestId, UUID accountId);

    /** Erasure: the addresses kept on a closed account's messages go, and what was still to send is not sent. */
    @Query("""
            update email_intent set email = null, status = case when status = 'PENDING' then 'SUPPRESSED' else status end
            where account_id = :accountId""")
    long forget(UUID accountId);
}
