package org.maillage.reporting.contact;

import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.Date;
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
 * pair's first contract came. Recomputed for what a change touches, under the projection lock.
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
                with f as (select id, row_number() over (order by occurred_on, created_at, id) = 1 as first
                           from contact where low_id = ? and high_id = ?)
                update contact k set is_first = f.first from f
                where f.id = k.id and k.is_first is distinct from f.first
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
                with v as (
                    select k.id, (select ((extract(year from min(s.month)) - extract(year from k.month)) * 12
                                          + extract(month from min(s.month)) - extract(month from k.month))::int
                                  from contract_share s
                                  where s.pilot_id = k.pilot_id and s.counted and s.month >= k.month
                                    and ((s.buyer_id = k.low_id and s.supplier_id = k.high_id)
                                      or (s.buyer_id = k.high_id and s.supplier_id = k.low_id))) as months
                    from contact k
                    where k.low_id = least(?::uuid, ?::uuid) and k.high_id = greatest(?::uuid, ?::uuid) and k.is_first
                      and k.pilot_id is not null)
                update contact k set months_to_contract = v.months from v
                where v.id = k.id and k.months_to_contract is distinct from v.months
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
                run(c, "delete from " + table + " where pilot_id = ? and month = ?", m);
            }
            run(c, """
                    insert into cell_contact (pilot_id, month, contacts, first_contacts, introduced)
                    select pilot_id, month, count(*), count(*) filter (where is_first), count(*) filter (where introduced)
                    from contact where pilot_id = ? and month = ? group by pilot_id, month""", m);
            run(c, """
                    insert into cell_contact_depth (pilot_id, month, depth, contacts)
                    select pilot_id, month, depth, count(*) from contact where pilot_id = ? and month = ? group by pilot_id, month, depth""", m);
            run(c, """
                    insert into cell_first_contact (pilot_id, month, months_to_contract, first_contacts)
                    select pilot_id, month, coalesce(months_to_contract, -1), count(*) from contact
                    where pilot_id = ? and month = ? and is_first group by pilot_id, month, coalesce(months_to_contract, -1)""", m);
            run(c, """
                    insert into cell_unit (pilot_id, month, institution_id, unit_id, contacts)
                    select pilot_id, month, counterpart_id, decision_unit_id, count(*) from contact
                    where pilot_id = ? and month = ? and counterpart_kind = 'INSTITUTION' and decision_unit_id is not null
                    group by pilot_id, month, counterpart_id, decision_unit_id""", m);
        }
    }

    private static void run(Connection c, String sql, Month m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, m.pilot());
            ps.setDate(2, Date.valueOf(m.month()));
            ps.executeUpdate();
        }
    }
}
