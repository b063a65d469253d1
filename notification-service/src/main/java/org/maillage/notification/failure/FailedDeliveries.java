package org.maillage.notification.failure;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.maillage.notification.delivery.EmailIntentRow;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface FailedDeliveries extends GenericRepository<EmailIntentRow, Long> {

    /** Hand-written: a join across the read models, filtered on an overlap of uuid arrays. */
    @Query("""
            select i.account_id, o.id as organization_id, o.name as organization_name, i.email, i.kind, i.error, i.created_at as "at"
            from email_intent i
            join recipient r on r.account_id = i.account_id
            join organization o on o.id = r.organization_id
            where i.status = 'FAILED' and o.pilots && cast(:pilots as uuid[])
            order by i.id desc limit 500""")
    List<FailedDelivery> inPilots(String[] pilots);
}
