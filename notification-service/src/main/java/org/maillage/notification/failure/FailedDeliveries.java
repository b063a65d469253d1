package org.maillage.notification.failure;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.maillage.notification.delivery.OutgoingMessage;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface FailedDeliveries extends GenericRepository<OutgoingMessage, Long> {

    /**
     * Hand-written: a join across the read models, filtered on an overlap of uuid arrays. A message the SMTP server
     * refused for good is FAILED with the address it refused, which is then among the bounced ones; one that failed
     * otherwise (a link this service cannot open) says nothing about the address and is not listed.
     */
    @Query("""
            select m.account_id, o.id as organization_id, o.name as organization_name, m.email, m.kind, m.error, m.created_at as "at"
            from outgoing_message m
            join bounced_address b on b.email = m.email
            join recipient r on r.account_id = m.account_id
            join organization o on o.id = r.organization_id
            where m.status = 'FAILED' and o.pilots && cast(:pilots as uuid[])
            order by m.id desc limit 500""")
    List<FailedDelivery> inPilots(String[] pilots);
}
