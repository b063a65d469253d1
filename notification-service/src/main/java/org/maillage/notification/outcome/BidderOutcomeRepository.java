package org.maillage.notification.outcome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface BidderOutcomeRepository extends CrudRepository<BidderOutcomeRow, BidderOutcomeRow.Key> {

    /** Hand-written: a decision is final, so the first record of it stays, and a redelivered event changes nothing. */
    @Query("""
            insert into bidder_outcome (opportunity_id, enterprise_id, result, reason, decision, decision_reason, decided_at)
            values (:opportunityId, :enterpriseId, :result, :reason, :decision, :decisionReason, :decidedAt)
            on conflict (opportunity_id, enterprise_id) do nothing""")
    long record(UUID opportunityId, UUID enterpriseId, String result, @Nullable String reason, String decision,
                @Nullable String decisionReason, Instant decidedAt);
}
