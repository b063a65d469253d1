package org.maillage.notification.outcome;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.maillage.notification.delivery.OutgoingMessage;

import java.util.UUID;

/**
 * Who hears of a decision: the people of each enterprise that responded, unless they turned outcomes off. Hand-written
 * set-based inserts keyed by (opportunity, person), not by event: an opportunity is decided once, and its outcome event and
 * the state event after it would otherwise tell the same person twice.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OutcomeQueue extends GenericRepository<OutgoingMessage, Long> {

    /** From the outcome event: each bidder's people, the message pointing to that bidder's own outcome. */
    @Query("""
            insert into outgoing_message (message_key, kind, event_id, account_id, opportunity_id, organization_id)
            select 'outcome:' || b.opportunity_id || '|' || r.account_id || '|OUTCOME', 'OUTCOME', :eventId, r.account_id,
                   b.opportunity_id, b.enterprise_id
            from bidder_outcome b
            join recipient r on r.organization_id = b.enterprise_id and r.role = 'SUPPLIER'
            left join preference p on p.account_id = r.account_id
            where b.opportunity_id = :opportunityId and not ('OUTCOME' = any(coalesce(p.kinds_off, '{}')))
            on conflict (message_key) do nothing""")
    long toBidders(String eventId, UUID opportunityId);

    /**
     * From the awarded or unsuccessful state, for a decision announced without an outcome event (contracts-service before
     * outcome.v1): the responders' people, told the decision only. After an outcome event, the same keys: nothing is added.
     */
    @Query("""
            insert into outgoing_message (message_key, kind, event_id, account_id, opportunity_id)
            select 'outcome:' || e.opportunity_id || '|' || r.account_id || '|OUTCOME', 'OUTCOME', :eventId, r.account_id, e.opportunity_id
            from engagement e
            join recipient r on r.organization_id = e.enterprise_id and r.role = 'SUPPLIER'
            left join preference p on p.account_id = r.account_id
            where e.opportunity_id = :opportunityId and e.responded and not ('OUTCOME' = any(coalesce(p.kinds_off, '{}')))
            on conflict (message_key) do nothing""")
    long toResponders(String eventId, UUID opportunityId);
}
