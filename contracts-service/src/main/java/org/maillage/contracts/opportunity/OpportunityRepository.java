package org.maillage.contracts.opportunity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OpportunityRepository extends CrudRepository<OpportunityRow, UUID> {

    /** Locks the row until the transaction ends: two changes to one opportunity never interleave. */
    Optional<OpportunityRow> findByIdForUpdate(UUID id);

    List<OpportunityRow> findByIdIn(Collection<UUID> ids);

    List<OpportunityRow> findByBuyerId(UUID buyerId, Pageable page);

    /**
     * Claims published opportunities whose deadline has come. Hand-written for {@code skip locked}: with two instances
     * running, each row is claimed by exactly one of them, and a row being amended is left for the next round.
     */
    @Query("""
            select id from opportunity where status = 'PUBLISHED' and deadline <= :now
            order by deadline limit :limit for update skip locked""")
    List<UUID> claimDue(Instant now, int limit);

    /**
     * Open opportunities an enterprise was matched to, nearest deadline first. Hand-written for its materialized
     * {@code with}: the enterprise's few hundred notifications first, since left to itself the planner may walk every open
     * opportunity in deadline order and probe each one's notifications.
     */
    @Query(value = """
            with mine as materialized (select opportunity_id from notification where enterprise_id = :enterprise)
            select * from opportunity where id in (select opportunity_id from mine) and status = 'PUBLISHED'
            order by deadline, id limit :limit""", nativeQuery = true)
    List<OpportunityRow> openMatchedTo(UUID enterprise, int limit);
}
