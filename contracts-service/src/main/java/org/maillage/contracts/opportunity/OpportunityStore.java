package org.maillage.contracts.opportunity;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Opportunities in SQL; every method runs in the caller's transaction. */
@Singleton
public class OpportunityStore {

    static final String COLUMNS = """
            id, buyer_id, buyer_kind, decision_unit_id, title_fr, title_en, description_fr, description_en, categories, regions,
            method, notice_url, estimated_value, value_withheld, deadline, contract_starts, contract_ends, social_clauses,
            documents, status, cancel_reason, created_at, published_at, closed_at, contact_name, contact_email, question_deadline""";

    private final TransactionOperations<Connection> tx;

    public OpportunityStore(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    void insert(UUID id, UUID buyer, String buyerKind, OpportunityForm f, Instant deadline, Instant now) throws SQLException {
        Connection c = tx.getConnection();
        try (PreparedStatement ps = c.prepareStatement("insert into opportunity (" + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', null, ?, null, null, ?, ?, ?)")) {
            ps.setObject(1, id);
            ps.setObject(2, buyer);
            ps.setString(3, buyerKind);
            ps.setObject(4, f.decisionUnitId());
            ps.setString(5, f.titleFr());
            ps.setString(6, f.titleEn());
            ps.setString(7, f.descriptionFr());
            ps.setString(8, f.descriptionEn());
            ps.setArray(9, texts(c, f.categories()));
            ps.setArray(10, texts(c, f.regions()));
            ps.setString(11, f.method());
            ps.setString(12, f.noticeUrl());
            ps.setBigDecimal(13, f.estimatedValue());
            ps.setBoolean(14, Boolean.TRUE.equals(f.valueWithheld()));
            ps.setTimestamp(15, Timestamp.from(deadline));
            ps.setDate(16, f.contractStarts() == null ? null : Date.valueOf(f.contractStarts()));
            ps.setDate(17, f.contractEnds() == null ? null : Date.valueOf(f.contractEnds()));
            ps.setArray(18, texts(c, f.socialClauses()));
            ps.setArray(19, texts(c, f.documents()));
            ps.setTimestamp(20, Timestamp.from(now));
            ps.setString(21, f.contactName() == null || f.contactName().isBlank() ? null : f.contactName().strip());
            ps.setString(22, f.contactEmail());
            ps.setTimestamp(23, f.questionDeadline() == null ? null : Timestamp.from(f.questionDeadline().instant()));
            ps.executeUpdate();
        }
    }

    /** Replaces a draft's content (the caller has locked it and checked it is a draft). */
    void revise(UUID id, OpportunityForm f, Instant deadline) throws SQLException {
        Connection c = tx.getConnection();
        try (PreparedStatement ps = c.prepareStatement("""
                update opportunity set decision_unit_id = ?, title_fr = ?, title_en = ?, description_fr = ?, description_en = ?,
                    categories = ?, regions = ?, method = ?, notice_url = ?, estimated_value = ?, value_withheld = ?, deadline = ?,
                    contract_starts = ?, contract_ends = ?, social_clauses = ?, documents = ?, contact_name = ?, contact_email = ?,
                    question_deadline = ?, version = version + 1
                where id = ? and status = 'DRAFT'""")) {
            ps.setObject(1, f.decisionUnitId());
            ps.setString(2, f.titleFr());
            ps.setString(3, f.titleEn());
            ps.setString(4, f.descriptionFr());
            ps.setString(5, f.descriptionEn());
            ps.setArray(6, texts(c, f.categories()));
            ps.setArray(7, texts(c, f.regions()));
            ps.setString(8, f.method());
            ps.setString(9, f.noticeUrl());
            ps.setBigDecimal(10, f.estimatedValue());
            ps.setBoolean(11, Boolean.TRUE.equals(f.valueWithheld()));
            ps.setTimestamp(12, Timestamp.from(deadline));
            ps.setDate(13, f.contractStarts() == null ? null : Date.valueOf(f.contractStarts()));
            ps.setDate(14, f.contractEnds() == null ? null : Date.valueOf(f.contractEnds()));
            ps.setArray(15, texts(c, f.socialClauses()));
            ps.setArray(16, texts(c, f.documents()));
            ps.setString(17, f.contactName() == null || f.contactName().isBlank() ? null : f.contactName().strip());
            ps.setString(18, f.contactEmail());
            ps.setTimestamp(19, f.questionDeadline() == null ? null : Timestamp.from(f.questionDeadline().instant()));
            ps.setObject(20, id);
            ps.executeUpdate();
        }
    }

    /** Locks the row: two changes to one opportunity never interleave. */
    Optional<OpportunityView> lock(UUID id) throws SQLException {
        return select("select " + COLUMNS + " from opportunity where id = ? for update", id);
    }

    public Optional<OpportunityView> find(UUID id) {
        return tx.executeRead(status -> select("select " + COLUMNS + " from opportunity where id = ?", id));
    }

    void setStatus(UUID id, OpportunityStatus status, String reason, Instant now) throws SQLException {
        try (PreparedStatement ps = tx.getConnection().prepareStatement("""
                update opportunity set status = ?, cancel_reason = coalesce(?, cancel_reason), version = version + 1,
                    published_at = case when ? = 'PUBLISHED' then ? else published_at end,
                    closed_at = case when ? = 'CLOSED' then ? else closed_at end
                where id = ?""")) {
            ps.setString(1, status.name());
            ps.setString(2, reason);
            ps.setString(3, status.name());
            ps.setTimestamp(4, Timestamp.from(now));
            ps.setString(5, status.name());
            ps.setTimestamp(6, Timestamp.from(now));
            ps.setObject(7, id);
            ps.executeUpdate();
        }
    }

    void amend(UUID id, String summary, Instant previous, Instant next, Instant now) throws SQLException {
        Connection c = tx.getConnection();
        try (PreparedStatement ps = c.prepareStatement("""
                insert into opportunity_amendment (id, opportunity_id, amended_at, summary, previous_deadline, new_deadline)
                values (?, ?, ?, ?, ?, ?)""")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setObject(2, id);
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setString(4, summary.strip());
            ps.setTimestamp(5, Timestamp.from(previous));
            ps.setTimestamp(6, Timestamp.from(next));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("update opportunity set deadline = ?, version = version + 1 where id = ?")) {
            ps.setTimestamp(1, Timestamp.from(next));
            ps.setObject(2, id);
            ps.executeUpdate();
        }
    }

    /**
     * Claims published opportunities whose deadline has come. SKIP LOCKED: with two instances running,
     * each row is claimed by exactly one of them, and a row being amended is left for the next round.
     */
    List<UUID> claimDue(Instant now, int limit) throws SQLException {
        List<UUID> due = new ArrayList<>();
        try (PreparedStatement ps = tx.getConnection().prepareStatement("""
                select id from opportunity where status = 'PUBLISHED' and deadline <= ?
                order by deadline limit ? for update skip locked""")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    due.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return due;
    }

    /** One organization's opportunities, drafts included: its own view, withheld values shown. */
    public List<OpportunityView> ofBuyer(UUID buyer, int limit) {
        return tx.executeRead(status -> many("buyer_id = ? order by created_at desc, id limit ?", "", ps -> {
            ps.setObject(1, buyer);
            ps.setInt(2, limit);
        }));
    }

    /** Open opportunities an enterprise was matched to, nearest deadline first: two queries, whatever the count. */
    public List<OpportunityView> openMatchedTo(UUID enterprise, int limit) {
        // the enterprise's few hundred notifications first: left to itself the planner may walk every open
        // opportunity in deadline order and probe each one's notifications
        return tx.executeRead(status -> many("""
                id in (select opportunity_id from mine) and status = 'PUBLISHED' order by deadline, id limit ?""",
                "with mine as materialized (select opportunity_id from notification where enterprise_id = ?) ", ps -> {
            ps.setObject(1, enterprise);
            ps.setInt(2, limit);
        }));
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private Optional<OpportunityView> select(String sql, UUID id) throws SQLException {
        Connection c = tx.getConnection();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs, amendments(c, List.of(id)).getOrDefault(id, List.of()))) : Optional.empty();
            }
        }
    }

    private List<OpportunityView> many(String whereOrderLimit, String with, Binder binder) throws SQLException {
        Connection c = tx.getConnection();
        List<OpportunityView> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(with + "select " + COLUMNS + " from opportunity where " + whereOrderLimit)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(read(rs, List.of()));
                }
            }
        }
        Map<UUID, List<OpportunityView.AmendmentView>> amendments = amendments(c, rows.stream().map(OpportunityView::id).toList());
        return rows.stream().map(o -> amendments.containsKey(o.id()) ? o.withAmendments(amendments.get(o.id())) : o).toList();
    }

    static OpportunityView read(ResultSet rs, List<OpportunityView.AmendmentView> amendments) throws SQLException {
        Instant deadline = rs.getTimestamp(15).toInstant();
        return new OpportunityView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, UUID.class),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), list(rs.getArray(9)), list(rs.getArray(10)),
                rs.getString(11), rs.getString(12), rs.getBigDecimal(13), rs.getBoolean(14), deadline, MontrealTime.show(deadline),
                rs.getDate(16) == null ? null : rs.getDate(16).toLocalDate(), rs.getDate(17) == null ? null : rs.getDate(17).toLocalDate(),
                list(rs.getArray(18)), list(rs.getArray(19)), rs.getString(20), rs.getString(21), amendments,
                rs.getTimestamp(22).toInstant(), instant(rs.getTimestamp(23)), instant(rs.getTimestamp(24)), rs.getString(25),
                rs.getString(26), instant(rs.getTimestamp(27)));
    }

    static Map<UUID, List<OpportunityView.AmendmentView>> amendments(Connection c, List<UUID> ids) throws SQLException {
        Map<UUID, List<OpportunityView.AmendmentView>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                select opportunity_id, amended_at, summary, previous_deadline, new_deadline from opportunity_amendment
                where opportunity_id = any (?) order by amended_at, id""")) {
            ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new OpportunityView.AmendmentView(
                            rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant()));
                }
            }
        }
        return out;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Array texts(Connection c, List<String> values) throws SQLException {
        return c.createArrayOf("text", values == null ? new Object[0] : values.toArray());
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
