package org.maillage.reporting.projection;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The summary cells: each table has a view `<table>_source` (migration V6) that defines what it holds. Hand-written
 * SQL (issue 20): a cell is recomputed from its view, not written as an entity, so it has one definition.
 */
public final class Cells {

    private Cells() {
    }

    /**
     * Deletes one cell and inserts it again from its view; a cell with nothing left stays deleted.
     *
     * @param moreKey further key columns after pilot and month, e.g. " and buyer_id = ?"
     * @param key     pilot, month, then the further key values
     */
    public static void recompute(Connection c, String table, String moreKey, Object... key) throws SQLException {
        String where = " where pilot_id = ? and month = ?" + moreKey;
        for (String sql : new String[]{"delete from " + table + where, "insert into " + table + " select * from " + table + "_source" + where}) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < key.length; i++) {
                    ps.setObject(i + 1, key[i] instanceof LocalDate d ? Date.valueOf(d) : key[i]);
                }
                ps.executeUpdate();
            }
        }
    }
}
