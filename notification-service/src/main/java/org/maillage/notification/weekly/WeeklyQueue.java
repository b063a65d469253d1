package org.maillage.notification.weekly;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.maillage.notification.delivery.OutgoingMessage;

/** Hand-written for its set-based insert and {@code on conflict do nothing}: one summary per coordinator and week. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface WeeklyQueue extends GenericRepository<OutgoingMessage, Long> {

    /** The week's summary, to every coordinator with pilots who has not turned it off; keyed by the week. */
    @Query("""
            insert into outgoing_message (message_key, kind, event_id, account_id)
            select :eventId || '|' || r.account_id || '|WEEKLY', 'WEEKLY', :eventId, r.account_id
            from recipient r
            left join preference p on p.account_id = r.account_id
            where r.role = 'COORDINATOR' and cardinality(r.pilots) > 0
              and not ('WEEKLY' = any(coalesce(p.kinds_off, '{}')))
            on conflict (message_key) do nothing""")
    long weekly(String eventId);
}
