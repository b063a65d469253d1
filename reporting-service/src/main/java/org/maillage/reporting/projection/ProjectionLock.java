package org.maillage.reporting.projection;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Every read-model change in reporting takes this one transaction-scoped lock. The listeners of the three
 * topics run on their own threads, and several of them recompute the same summary cells: serialized, each
 * recomputation sees the others' committed rows, so no cell is ever computed from a stale snapshot. A
 * rebuild takes it too, so live events wait while the topics are replayed.
 */
public final class ProjectionLock {

    private ProjectionLock() {
    }

    public static void hold(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("select pg_advisory_xact_lock(hashtext('maillage-reporting-projections'))");
        }
    }
}
