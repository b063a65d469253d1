package org.maillage.notification.opportunity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.UUID;

/** Hand-written upserts: each event sets its own flag and leaves the others as they were, row or no row yet. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface EngagementRepository extends CrudRepository<EngagementRow, EngagementRow.Key> {

    @Query("""
            insert into engagement (opportunity_id, enterprise_id, interested) values (:opportunityId, :enterpriseId, :interested)
            on conflict (opportunity_id, enterprise_id) do update set interested = excluded.interested""")
    long interested(UUID opportunityId, UUID enterpriseId, boolean interested);

    @Query("""
            insert into engagement (opportunity_id, enterprise_id, asked) values (:opportunityId, :enterpriseId, true)
            on conflict (opportunity_id, enterprise_id) do update set asked = true""")
    long asked(UUID opportunityId, UUID enterpriseId);

    @Query("""
            insert into engagement (opportunity_id, enterprise_id, responded) values (:opportunityId, :enterpriseId, :responded)
            on conflict (opportunity_id, enterprise_id) do update set responded = excluded.responded""")
    long responded(UUID opportunityId, UUID enterpriseId, boolean responded);
}
