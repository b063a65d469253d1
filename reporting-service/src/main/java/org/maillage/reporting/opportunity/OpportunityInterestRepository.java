package org.maillage.reporting.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OpportunityInterestRepository extends CrudRepository<OpportunityInterestRow, OpportunityMatchRow.Key> {

    /** Hand-written: an upsert where the newest answer wins, whatever order the events arrive in. */
    @Query("""
            insert into opportunity_interest (opportunity_id, enterprise_id, interested, reason, updated_at)
            values (:opportunityId, :enterpriseId, :interested, :reason, :updatedAt)
            on conflict (opportunity_id, enterprise_id) do update set interested = excluded.interested, reason = excluded.reason,
                updated_at = excluded.updated_at
            where opportunity_interest.updated_at <= excluded.updated_at""")
    long keepNewest(UUID opportunityId, UUID enterpriseId, boolean interested, @Nullable String reason, Instant updatedAt);
}
