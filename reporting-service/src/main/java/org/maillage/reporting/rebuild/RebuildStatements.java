package org.maillage.reporting.rebuild;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.maillage.platform.inbox.InboxEventRow;

/**
 * The rebuild's own statements. Hand-written (issue 20): an advisory lock, table-wide deletes and the derivation
 * function of migration V6 are the rebuild itself, not operations on one entity; the replayed events go through the
 * projections' repositories like live ones.
 * Rooted on the inbox's entity because a repository needs one (every event is applied in the inbox's transaction).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RebuildStatements extends GenericRepository<InboxEventRow, InboxEventRow.Key> {

    /** One rebuild across instances: false at once when another holds it, until that one's transaction ends. */
    @Query("select pg_try_advisory_xact_lock(hashtext('maillage-reporting-rebuild'))")
    boolean tryLock();

    /**
     * Every read model, emptied with DELETE, not TRUNCATE: TRUNCATE's exclusive lock made every dashboard read wait for
     * the whole replay; under MVCC a reader keeps seeing the last committed rows until the new ones commit.
     */
    @Query("""
            delete from organization; delete from decision_unit; delete from pilot_member; delete from opportunity;
            delete from opportunity_match; delete from opportunity_interest; delete from opportunity_response; delete from contract;
            delete from contract_share; delete from cell_month; delete from cell_buyer; delete from cell_supplier;
            delete from cell_category; delete from contact; delete from cell_contact; delete from cell_contact_depth;
            delete from cell_first_contact; delete from cell_unit""")
    void emptyReadModels();

    /** What the inbox recorded for these consumers, so that the replay applies every event again. */
    @Query("delete from inbox_event where consumer = any(cast(:consumers as text[]))")
    long forgetProcessed(String[] consumers);

    /** Everything derived (shares, cells, firsts, depths, conversions), in one pass over the replayed rows. */
    @Query("select 1 from rebuild_reporting_cells()")
    int deriveAll();
}
