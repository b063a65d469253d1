package org.maillage.reporting.contact;

import jakarta.inject.Singleton;
import org.maillage.reporting.projection.Cells;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * What is derived from the contact log, and the monthly cells the dashboard sums: which contact is a pair's
 * first, how deep in a chain of introductions each one sits, and how many months after a first contact the
 * pair's first contract came. Recomputed for what a change touches, under the projection lock. Hand-written SQL
 * (issue 20): set-based updates from the views of migration V6, returning the months they touched.
 */
@Singleton
public class ContactCells {

    /** A pilot's month of contacts. */
    public record Month(UUID pilot, LocalDate month) {
    }

    /**
     * After a contact was written: its own month, and the months of whatever changed because of it (which of
     * the pair's contacts is first, the depths below it in the chain, the pair's first contact's conversion).
     * Only changed rows are touched, so a busy pair costs no more than a quiet one.
     */
    void refreshAround(Connection c, UUID contact) throws SQLException {
        Set<Month> touched = new LinkedHashSet<>();
        UUID[] pair;
        try (PreparedStatement ps = c.prepareStatement("select low_id, high_id, pilot_id, month from contact where id = ?")) {
            ps.setObject(1, contact);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                pair = new UUID[]{rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)};
                if (rs.getObject(3) != null) {
                    touched.add(new Month(rs.getObject(3, UUID.class), rs.getDate(4).toLocalDate()));
                }
            }
        }
        // a contact without a pilot is counted nowhere, but still decides which of the pair's contacts is first
        try (PreparedStatement ps = c.prepareStatement("""
                update contact k set is_first = f.first from contact_first_source f
                where f.low_id = ? and f.high_id = ? and f.id = k.id and k.is_first is distinct from f.first
                returning k.pilot_id, k.month""")) {
            ps.setObject(1, pair[0]);
            ps.setObject(2, pair[1]);
            touched.addAll(months(ps));
        }
        touched.addAll(depths(c, contact));
        touched.addAll(conversion(c, pair[0], pair[1]));
        recompute(c, touched);
    }

    /** A contract between the two changed: their first contacts may now have led to one, or no longer. */
    public void refreshConversion(Connection c, UUID a, UUID b) throws SQLException {
        recompute(c, conversion(c, a, b));
    }

    /** A contact's depth is its introducer's plus one; a later-arriving introducer deepens its whole subtree. */
    private static Set<Month> depths(Connection c, UUID contact) throws SQLException {
        Set<Month> touched = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("""
                update contact k set depth = coalesce((select p.depth + 1 from contact p where p.id = k.introduced_by),
                                                      case when k.introduced then 1 else 0 end)
                where k.id = ?""")) {
            ps.setObject(1, contact);
            ps.executeUpdate();
        }
        Deque<UUID> queue = new ArrayDeque<>();
        queue.add(contact);
        int guard = 0;
        while (!queue.isEmpty() && guard++ < 100_000) {
            UUID parent = queue.poll();
            try (PreparedStatement ps = c.prepareStatement("""
                    update contact k set depth = p.depth + 1 from contact p
                    where p.id = ? and k.introduced_by = p.id and k.depth <> p.depth + 1
                    returning k.id, k.pilot_id, k.month""")) {
                ps.setObject(1, parent);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        queue.add(rs.getObject(1, UUID.class));
                        if (rs.getObject(2) != null) {
                            touched.add(new Month(rs.getObject(2, UUID.class), rs.getDate(3).toLocalDate()));
                        }
                    }
                }
            }
        }
        return touched;
    }

    /** For the pair's first contact: months until the pair's first counted contract in that pilot, at or after it. */
    private static Set<Month> conversion(Connection c, UUID a, UUID b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                update contact k set months_to_contract = v.months from contact_conversion_source v
                where v.low_id = least(?::uuid, ?::uuid) and v.high_id = greatest(?::uuid, ?::uuid) and v.id = k.id
                  and k.months_to_contract is distinct from v.months
                returning k.pilot_id, k.month""")) {
            ps.setObject(1, a);
            ps.setObject(2, b);
            ps.setObject(3, a);
            ps.setObject(4, b);
            return months(ps);
        }
    }

    private static Set<Month> months(PreparedStatement ps) throws SQLException {
        Set<Month> out = new LinkedHashSet<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getObject(1) != null) {
                    out.add(new Month(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate()));
                }
            }
        }
        return out;
    }

    static void recompute(Connection c, Set<Month> touched) throws SQLException {
        for (Month m : touched) {
            for (String table : new String[]{"cell_contact", "cell_contact_depth", "cell_first_contact", "cell_unit"}) {
                Cells.recompute(c, table, "", m.pilot(), m.month());
            }
        }
    }
}
