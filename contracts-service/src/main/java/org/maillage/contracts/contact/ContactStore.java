package org.maillage.contracts.contact;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL of the contact log. Every read takes the viewer (an organization, and the pilots it coordinates)
 * and returns only what that viewer may see: the two parties and the pilot's coordinators.
 */
final class ContactStore {

    /** Who is looking: an organization, and the pilots coordinated (empty unless a coordinator). */
    record Viewer(UUID organization, List<UUID> pilots) {
    }

    private static final String VISIBLE = "(c.enterprise_id = ? or c.counterpart_id = ? or c.pilot_id = any (?))";

    // a pair is unordered; the first contact is the earliest, ties broken by when it was logged
    private static final String COLUMNS = """
            c.id, c.pilot_id, c.enterprise_id, e.name, c.counterpart_id, o.name, c.counterpart_kind, c.decision_unit_id, c.person_ids,
            c.occurred_on, c.channel, c.initiated_by, c.summary, c.outcome, c.next_step, c.follow_up_on, c.introduced_by_contact,
            c.introduced_by_person,
            not exists (select 1 from contact p
                        where least(p.enterprise_id, p.counterpart_id) = least(c.enterprise_id, c.counterpart_id)
                          and greatest(p.enterprise_id, p.counterpart_id) = greatest(c.enterprise_id, c.counterpart_id)
                          and (p.occurred_on, p.created_at, p.id) < (c.occurred_on, c.created_at, c.id)),
            c.created_at
            from contact c join known_organization e on e.id = c.enterprise_id join known_organization o on o.id = c.counterpart_id""";

    private ContactStore() {
    }

    static void insert(Connection c, UUID id, UUID pilot, ContactForm f, String counterpartKind, UUID recordedBy, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into contact (id, pilot_id, enterprise_id, counterpart_id, counterpart_kind, decision_unit_id, person_ids, occurred_on,
                    channel, initiated_by, summary, outcome, next_step, follow_up_on, introduced_by_contact, introduced_by_person,
                    recorded_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setObject(1, id);
            ps.setObject(2, pilot);
            ps.setObject(3, f.enterpriseId());
            ps.setObject(4, f.counterpartId());
            ps.setString(5, counterpartKind);
            ps.setObject(6, f.decisionUnitId());
            ps.setArray(7, c.createArrayOf("text", f.personIds().stream().distinct().map(UUID::toString).toArray()));
            ps.setDate(8, Date.valueOf(f.occurredOn()));
            ps.setString(9, f.channel());
            ps.setObject(10, f.initiatedBy());
            ps.setString(11, f.summary().strip());
            ps.setString(12, blankToNull(f.outcome()));
            ps.setString(13, blankToNull(f.nextStep()));
            ps.setDate(14, date(f.followUpOn()));
            ps.setObject(15, f.introducedByContactId());
            ps.setObject(16, f.introducedByPersonId());
            ps.setObject(17, recordedBy);
            ps.setTimestamp(18, Timestamp.from(now));
            ps.executeUpdate();
        }
    }

    static void followUp(Connection c, UUID id, FollowUpForm f) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update contact set outcome = ?, next_step = ?, follow_up_on = ?, version = version + 1 where id = ?")) {
            ps.setString(1, blankToNull(f.outcome()));
            ps.setString(2, blankToNull(f.nextStep()));
            ps.setDate(3, date(f.followUpOn()));
            ps.setObject(4, id);
            ps.executeUpdate();
        }
    }

    static Optional<ContactView> find(Connection c, Viewer viewer, UUID id) throws SQLException {
        List<ContactView> found = query(c, "select " + COLUMNS + " where c.id = ? and " + VISIBLE, ps -> {
            ps.setObject(1, id);
            bindViewer(c, ps, 2, viewer);
        });
        return found.stream().findFirst();
    }

    /** The contacts that led to this one, nearest first, stopping at the first the viewer may not see. */
    static List<ContactView.Link> chain(Connection c, Viewer viewer, UUID id) throws SQLException {
        return links(c, """
                with recursive up (id, depth) as (
                    select introduced_by_contact, 1 from contact where id = ?
                    union all
                    select c.introduced_by_contact, up.depth + 1 from up join contact c on c.id = up.id
                    where up.depth < 100 and """ + VISIBLE + """
                )
                select c.id, c.occurred_on, c.enterprise_id, c.counterpart_id from up join contact c on c.id = up.id
                where """ + VISIBLE + " order by up.depth", ps -> {
            ps.setObject(1, id);
            bindViewer(c, ps, 2, viewer);
            bindViewer(c, ps, 5, viewer);
        });
    }

    /** The later contacts this one led to, as far as the viewer may see them. */
    static List<ContactView.Link> ledTo(Connection c, Viewer viewer, UUID id) throws SQLException {
        return links(c, "select c.id, c.occurred_on, c.enterprise_id, c.counterpart_id from contact c where c.introduced_by_contact = ? and "
                + VISIBLE + " order by c.occurred_on, c.created_at limit 200", ps -> {
            ps.setObject(1, id);
            bindViewer(c, ps, 2, viewer);
        });
    }

    /**
     * Newest first, ties broken by id so the order is stable; narrowed to one pilot or one other organization when
     * asked; after {@code after} (the previous page's last contact) when given.
     */
    static List<ContactView> list(Connection c, Viewer viewer, UUID pilot, UUID with, UUID after, int limit) throws SQLException {
        return query(c, "select " + COLUMNS + " where " + VISIBLE
                + " and (?::uuid is null or c.pilot_id = ?) and (?::uuid is null or c.enterprise_id = ? or c.counterpart_id = ?)"
                + " and (?::uuid is null or (c.occurred_on, c.created_at, c.id)"
                + " < (select a.occurred_on, a.created_at, a.id from contact a where a.id = ?))"
                + " order by c.occurred_on desc, c.created_at desc, c.id desc limit ?", ps -> {
            bindViewer(c, ps, 1, viewer);
            ps.setObject(4, pilot);
            ps.setObject(5, pilot);
            ps.setObject(6, with);
            ps.setObject(7, with);
            ps.setObject(8, with);
            ps.setObject(9, after);
            ps.setObject(10, after);
            ps.setInt(11, limit);
        });
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private static void bindViewer(Connection c, PreparedStatement ps, int at, Viewer viewer) throws SQLException {
        ps.setObject(at, viewer.organization());
        ps.setObject(at + 1, viewer.organization());
        ps.setArray(at + 2, c.createArrayOf("uuid", viewer.pilots().toArray()));
    }

    private static List<ContactView.Link> links(Connection c, String sql, Binder binder) throws SQLException {
        List<ContactView.Link> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ContactView.Link(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate(), rs.getObject(3, UUID.class),
                            rs.getObject(4, UUID.class)));
                }
            }
        }
        return out;
    }

    private static List<ContactView> query(Connection c, String sql, Binder binder) throws SQLException {
        List<ContactView> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    private static ContactView read(ResultSet rs) throws SQLException {
        List<UUID> people = Arrays.stream((Object[]) rs.getArray(9).getArray()).map(String::valueOf).map(UUID::fromString).toList();
        return new ContactView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4),
                rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7), rs.getObject(8, UUID.class), people,
                rs.getDate(10).toLocalDate(), rs.getString(11), rs.getObject(12, UUID.class), rs.getString(13), rs.getString(14),
                rs.getString(15), local(rs.getDate(16)), rs.getObject(17, UUID.class), rs.getObject(18, UUID.class), rs.getBoolean(19),
                List.of(), List.of(), rs.getTimestamp(20).toInstant());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate local(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
