package org.maillage.notification.weekly;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.maillage.notification.directory.RecipientRow;
import org.maillage.notification.message.WeeklySummary;

import java.util.List;
import java.util.UUID;

/**
 * What a coordinator's weekly summary lists, read when it is sent. Hand-written: joins across this service's copies of
 * the directory and of the contracts, filtered on an overlap of uuid arrays (the coordinator's pilots, bound as text).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface WeeklyFacts extends GenericRepository<RecipientRow, UUID> {

    @Query("select name from organization where status = 'PENDING' and pilots && cast(:pilots as uuid[]) order by name")
    List<String> applications(String[] pilots);

    @Query("""
            select k.title, k.value_cad, coalesce(r.name, '') as declared_by from declared_contract k
            left join organization b on b.id = k.buyer_id
            left join organization r on r.id = k.recorded_by
            where not k.confirmed and (b.pilots && cast(:pilots as uuid[]) or r.pilots && cast(:pilots as uuid[]))
            order by k.declared_at""")
    List<WeeklySummary.Declared> unconfirmed(String[] pilots);

    @Query("""
            select o.title_fr, o.title_en, coalesce(b.name, '') as buyer, o.deadline from opportunity o
            join organization b on b.id = o.buyer_id
            where o.status = 'PUBLISHED' and o.deadline > now() and o.deadline <= now() + interval '7 days'
              and b.pilots && cast(:pilots as uuid[]) order by o.deadline""")
    List<WeeklySummary.Closing> closing(String[] pilots);
}
