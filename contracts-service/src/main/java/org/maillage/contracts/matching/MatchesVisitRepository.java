package org.maillage.contracts.matching;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface MatchesVisitRepository extends CrudRepository<MatchesVisitRow, UUID> {

    /**
     * Records a look. Looks less than {@code gapSeconds} apart are one visit, so a reload or a return from an opportunity
     * keeps the marks of the visit under way; a look after a longer pause starts a new visit, and the previous one ends
     * at the last look. Hand-written: one atomic upsert, so that two tabs opened at once cannot both start a visit.
     */
    @Query("""
            insert into matches_visit as v (account_id, last_seen_at, previous_visit_at) values (:accountId, now(), null)
            on conflict (account_id) do update set
                previous_visit_at = case when v.last_seen_at < now() - :gapSeconds * interval '1 second'
                    then v.last_seen_at else v.previous_visit_at end,
                last_seen_at = greatest(v.last_seen_at, now())
            returning account_id, last_seen_at, previous_visit_at""")
    MatchesVisitRow look(UUID accountId, long gapSeconds);
}
