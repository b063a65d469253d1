package org.maillage.reporting.projection;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.maillage.platform.inbox.InboxEventRow;

/**
 * Every read-model change in reporting takes this one transaction-scoped lock. The listeners of the three
 * topics run on their own threads, and several of them recompute the same summary cells: serialized, each
 * recomputation sees the others' committed rows, so no cell is ever computed from a stale snapshot. A
 * rebuild takes it too, so live events wait while the topics are replayed. Hand-written: an advisory lock
 * is no entity's; it is held until the caller's transaction ends.
 * Rooted on the inbox's entity because a repository needs one (every event is applied in the inbox's transaction).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProjectionLock extends GenericRepository<InboxEventRow, InboxEventRow.Key> {

    @Query("select 1 from pg_advisory_xact_lock(hashtext('maillage-reporting-projections'))")
    int hold();
}
