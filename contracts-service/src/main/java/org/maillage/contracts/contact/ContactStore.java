package org.maillage.contracts.contact;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The reads of the contact log, in the caller's transaction. Every read takes the viewer (an organization, and the pilots
 * it coordinates) and returns only what that viewer may see: the two parties and the pilot's coordinators. Hand-written
 * (issue 20): one visibility condition shared by four queries, the names joined in, whether a contact is its pair's first
 * (a window over the pair, served by the index of migration V8) and the recursive chain of introductions. A contact is
 * written through {@link ContactRepository}.
 */
@Singleton
class ContactStore {

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

    private final TransactionOperations<Connection> tx;

    ContactStore(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    Optional<ContactView> find(Viewer viewer, UUID id) {
        Connection c = tx.getConnection();
        List<ContactView> found = query(c, "select " + COLUMNS + " where c.id = ? and " + VISIBLE, ps -> {
            ps.setObject(1, id);
            bindViewer(c, ps, 2, viewer);
        });
        return found.stream().findFirst();
    }

    /** The contacts that led to this one, nearest first, stopping at the first the viewer may not see. */
    List<ContactView.Link> chain(Viewer viewer, UUID id) {
        Connection c = tx.getConnection();
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
    List<ContactView.Link> ledTo(Viewer viewer, UUID id) {
        Connection c = tx.getConnection();
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
    List<ContactView> list(Viewer viewer, UUID pilot, UUID with, UUID after, int limit) {
        Connection c = tx.getConnection();
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

    private static List<ContactView.Link> links(Connection c, String sql, Binder binder) {
        List<ContactView.Link> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ContactView.Link(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate(), rs.getObject(3, UUID.class),
                            rs.getObject(4, UUID.class)));
                }
            }
        } catch (SQLException e) {
            throw new DataAccessException("reading the contact log failed: " + e.getMessage(), e);
        }
        return out;
    }

    private static List<ContactView> query(Connection c, String sql, Binder binder) {
        List<ContactView> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        } catch (SQLException e) {
            throw new DataAccessException("reading the contact log failed: " + e.getMessage(), e);
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

    private static LocalDate local(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
