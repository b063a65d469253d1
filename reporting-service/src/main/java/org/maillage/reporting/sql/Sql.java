package org.maillage.reporting.sql;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC for the report queries (DashboardQuery, DetailQuery, ContactContracts, OcdsExport): bind in order, map each row. Kept
 * hand-written on purpose (issue 20): they aggregate the summary cells and views into report shapes, with
 * period filters and grouping sets no repository method expresses; the tables the projections own have entities.
 */
public final class Sql {

    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Sql() {
    }

    public static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                ps.setObject(i + 1, p instanceof LocalDate d ? Date.valueOf(d) : p instanceof Instant t ? Timestamp.from(t) : p);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            return out;
        }
    }

    public static <T> T one(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        return list(c, sql, row, params).get(0);
    }
}
