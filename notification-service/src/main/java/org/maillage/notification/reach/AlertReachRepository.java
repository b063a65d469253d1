package org.maillage.notification.reach;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.maillage.notification.delivery.OutgoingMessage;

import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AlertReachRepository extends GenericRepository<OutgoingMessage, Long> {

    /**
     * Hand-written: the opportunity's alerts counted per enterprise in one statement. An alert is sent, or gathered into a
     * digest that was sent (emailed), or waits for a digest; an enterprise counts once, emailed if any of its people was. An
     * alert queued before V7 names no enterprise: its person's current one stands in.
     */
    @Query(value = """
            with alert as (
                select coalesce(m.organization_id, r.organization_id) as enterprise,
                       m.status = 'SENT' or (m.status = 'DIGESTED' and d.status = 'SENT') as emailed,
                       (m.status = 'PENDING' and m.delivery = 'DIGEST') or (m.status = 'DIGESTED' and d.status = 'PENDING') as waiting
                from outgoing_message m
                left join outgoing_message d on d.id = m.digest_id
                left join recipient r on r.account_id = m.account_id
                where m.opportunity_id = :opportunityId and m.kind = 'MATCHED'
            ), enterprise as (
                select enterprise, bool_or(emailed) as emailed, bool_or(waiting) as waiting from alert
                where enterprise is not null group by enterprise
            )
            select coalesce((select matched_enterprises from opportunity where id = :opportunityId), 0) as matched,
                   (select count(*) from enterprise where emailed) as emailed,
                   (select count(*) from enterprise where waiting and not emailed) as waiting_for_digest""", nativeQuery = true)
    AlertReach reach(UUID opportunityId);
}
