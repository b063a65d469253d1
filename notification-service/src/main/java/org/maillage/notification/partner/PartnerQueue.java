package org.maillage.notification.partner;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.maillage.notification.delivery.OutgoingMessage;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PartnerQueue extends GenericRepository<OutgoingMessage, Long> {

    /**
     * One message for each sales person of a named partner, whatever their preferences: not a kind one turns off.
     * Hand-written for its set-based insert and {@code on conflict do nothing}: keyed by (opportunity, lead, account),
     * so a redelivered event, or the same response submitted again, adds nothing.
     */
    @Query("""
            insert into outgoing_message (message_key, kind, event_id, account_id, opportunity_id, organization_id)
            select 'partner|' || :opportunityId || '|' || :leadId || '|' || r.account_id, 'PARTNER_NAMED', :eventId, r.account_id,
                   :opportunityId, :leadId
            from recipient r where r.organization_id = :partner and r.role = 'SUPPLIER'
            on conflict (message_key) do nothing""")
    long addForSalesPeopleOf(String eventId, UUID opportunityId, UUID leadId, UUID partner);

    /**
     * Hand-written: the opportunity's titles, deadline and buyer, and the lead enterprise, from this service's copies of
     * the contracts and the directory. Empty while the opportunity is not known here.
     */
    @Query(value = """
            select o.title_fr, o.title_en, o.deadline, b.name as buyer_name, l.name as lead_name
            from opportunity o
            left join organization b on b.id = o.buyer_id
            left join organization l on l.id = :leadId
            where o.id = :opportunityId""", nativeQuery = true)
    Optional<PartnerDetails> details(UUID opportunityId, UUID leadId);
}
