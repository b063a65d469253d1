package org.maillage.reporting.opportunity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OpportunityResponseRepository extends CrudRepository<OpportunityResponseRow, OpportunityMatchRow.Key> {

    /** Hand-written: an upsert where the newest status wins, whatever order the events arrive in. */
    @Query("""
            insert into opportunity_response (opportunity_id, enterprise_id, status, updated_at)
            values (:opportunityId, :enterpriseId, :status, :updatedAt)
            on conflict (opportunity_id, enterprise_id) do update set status = excluded.status, updated_at = excluded.updated_at
            where opportunity_response.updated_at <= excluded.updated_at""")
    long keepNewest(UUID opportunityId, UUID enterpriseId, String status, Instant updatedAt);
}
