package org.maillage.reporting.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OpportunityRepository extends CrudRepository<OpportunityRow, UUID> {

    /**
     * Hand-written: an upsert where the newest state wins in one statement, and the earliest state seen dates the
     * publication (events of one opportunity share a partition, so it is the publication).
     */
    @Query("""
            insert into opportunity (id, buyer_id, buyer_kind, decision_unit_id, title_fr, title_en, method, categories, regions,
                social_clauses, estimated_value, deadline, status, cancel_reason, matched, published_at, updated_at)
            values (:id, :buyerId, :buyerKind, :decisionUnitId, :titleFr, :titleEn, :method, :categories, :regions,
                :socialClauses, :estimatedValue, :deadline, :status, :cancelReason, :matched, :occurredAt, :occurredAt)
            on conflict (id) do update set title_fr = excluded.title_fr, title_en = excluded.title_en, method = excluded.method,
                categories = excluded.categories, regions = excluded.regions, social_clauses = excluded.social_clauses,
                estimated_value = excluded.estimated_value, deadline = excluded.deadline, status = excluded.status,
                cancel_reason = excluded.cancel_reason, matched = excluded.matched,
                published_at = least(opportunity.published_at, excluded.published_at), updated_at = excluded.updated_at
            where opportunity.updated_at <= excluded.updated_at""")
    long keepNewest(UUID id, UUID buyerId, String buyerKind, @Nullable UUID decisionUnitId, @Nullable String titleFr,
                    @Nullable String titleEn, String method, String[] categories, String[] regions, String[] socialClauses,
                    @Nullable BigDecimal estimatedValue, Instant deadline, String status, @Nullable String cancelReason, int matched,
                    Instant occurredAt);
}
