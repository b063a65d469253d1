package org.maillage.notification.contract;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.maillage.notification.delivery.OutgoingMessage;

import java.util.UUID;

/** Hand-written for its set-based insert and {@code on conflict do nothing}: keyed by (event, recipient, kind). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DeclaredQueue extends GenericRepository<OutgoingMessage, Long> {

    /**
     * A contract declared with these organizations: to their buyers and sales people (not to coordinators, who
     * only watch), so that one of them confirms or rejects it. It follows from another party's step and needs no
     * consent to alerts, but each person can turn it off.
     */
    @Query("""
            insert into outgoing_message (message_key, kind, event_id, account_id, contract_id)
            select :eventId || '|' || r.account_id || '|DECLARED', 'DECLARED', :eventId, r.account_id, :contractId
            from recipient r
            left join preference p on p.account_id = r.account_id
            where r.organization_id = any(cast(:organizations as uuid[])) and r.role in ('BUYER', 'SUPPLIER')
              and not ('DECLARED' = any(coalesce(p.kinds_off, '{}')))
            on conflict (message_key) do nothing""")
    long declared(String eventId, UUID contractId, String[] organizations);
}
