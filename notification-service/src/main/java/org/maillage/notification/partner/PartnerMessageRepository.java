package org.maillage.notification.partner;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import org.maillage.notification.delivery.MessageQueue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PartnerMessageRepository extends CrudRepository<PartnerMessage, Long>, MessageQueue {

    /**
     * One message for each sales person of a named partner. Hand-written for its {@code on conflict do nothing}: the
     * (opportunity, lead, account) key makes a redelivered event, or the same response submitted again, add nothing.
     */
    @Query("""
            insert into partner_message (event_id, opportunity_id, lead_id, account_id, next_attempt_at, created_at)
            select :eventId, :opportunityId, :leadId, r.account_id, :at, :at
            from recipient r where r.organization_id = :partner and r.role = 'SUPPLIER'
            on conflict (opportunity_id, lead_id, account_id) do nothing""")
    long addForSalesPeopleOf(String eventId, UUID opportunityId, UUID leadId, UUID partner, Instant at);

    /** Hand-written for {@code skip locked}: several instances never send the same message. */
    @Query(value = """
            select * from partner_message where status = 'PENDING' and next_attempt_at <= now()
            order by next_attempt_at, id limit :limit for update skip locked""", nativeQuery = true)
    List<PartnerMessage> claimDue(int limit);

    /**
     * The person's address and language (their own choice first), and the opportunity's title in that language, its
     * deadline, its buyer and the lead enterprise. Empty while the person or the opportunity is unknown here.
     */
    @Query(value = """
            select r.email, coalesce(p.language, r.language) as language,
                   case when coalesce(p.language, r.language) = 'en' then coalesce(o.title_en, o.title_fr) else coalesce(o.title_fr, o.title_en) end as title,
                   o.deadline, b.name as buyer_name, l.name as lead_name
            from recipient r
            join opportunity o on o.id = :opportunityId
            left join preference p on p.account_id = r.account_id
            left join organization b on b.id = o.buyer_id
            left join organization l on l.id = :leadId
            where r.account_id = :accountId""", nativeQuery = true)
    Optional<PartnerDetails> findDetails(UUID accountId, UUID opportunityId, UUID leadId);

    @Query("update partner_message set status = 'SENT', sent_at = now(), attempts = attempts + 1, error = null where id = :id")
    @Override
    void markSent(long id);

    @Query("update partner_message set status = :status, error = :error, attempts = attempts + 1 where id = :id")
    @Override
    void close(long id, String status, String error);

    @Query("update partner_message set attempts = attempts + 1, next_attempt_at = :next, error = :error where id = :id")
    @Override
    void retryAt(long id, Instant next, String error);
}
