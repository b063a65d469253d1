package org.maillage.contracts.contract;

import org.maillage.contracts.award.ContractView;

import java.math.BigDecimal;
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

/** The SQL of the contract table and its history; every method runs in the caller's transaction. */
final class ContractStore {

    /** A stored contract with what the view leaves out. */
    record Row(ContractView view, UUID unit, List<String> categories, UUID recordedBy, UUID confirmedBy, long version) {
        List<UUID> parties() {
            List<UUID> all = new ArrayList<>(view.supplierIds());
            all.add(view.buyerId());
            return all;
        }
    }

    private ContractStore() {
    }

    static void insert(Connection c, ContractView k, UUID unit, String category, UUID recordedBy, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into contract (id, buyer_id, decision_unit_id, supplier_ids, title, categories, value_cad, starts_on, ends_on,
                    status, origin, confirmed, created_at, recorded_by, confirmed_at, confirmed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setObject(1, k.id());
            ps.setObject(2, k.buyerId());
            ps.setObject(3, unit);
            ps.setArray(4, c.createArrayOf("text", k.supplierIds().stream().map(UUID::toString).toArray()));
            ps.setString(5, k.title());
            ps.setArray(6, c.createArrayOf("text", new Object[]{category}));
            ps.setBigDecimal(7, k.valueCad());
            ps.setDate(8, date(k.startsOn()));
            ps.setDate(9, date(k.endsOn()));
            ps.setString(10, k.status());
            ps.setString(11, k.origin());
            ps.setBoolean(12, k.confirmed());
            ps.setTimestamp(13, Timestamp.from(now));
            ps.setObject(14, recordedBy);
            ps.setTimestamp(15, k.confirmed() ? Timestamp.from(now) : null);
            ps.setObject(16, k.confirmed() ? recordedBy : null);
            ps.executeUpdate();
        }
    }

    static Optional<Row> find(Connection c, UUID id, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select opportunity_id, buyer_id, supplier_ids, title, value_cad, starts_on, ends_on, status, origin, confirmed,
                       decision_unit_id, categories, recorded_by, final_value_cad, version, confirmed_by from contract where id = ?"""
                + (lock ? " for update" : ""))) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                ContractView v = new ContractView(id, rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), uuids(rs, 3),
                        rs.getString(4), rs.getBigDecimal(5), local(rs.getDate(6)), local(rs.getDate(7)), rs.getString(8),
                        rs.getString(9), rs.getBoolean(10), rs.getBigDecimal(14), history(c, id));
                return Optional.of(new Row(v, rs.getObject(11, UUID.class),
                        Arrays.stream((Object[]) rs.getArray(12).getArray()).map(String::valueOf).toList(),
                        rs.getObject(13, UUID.class), rs.getObject(16, UUID.class), rs.getLong(15)));
            }
        }
    }

    static void confirm(Connection c, UUID id, UUID by, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update contract set confirmed = true, confirmed_at = ?, confirmed_by = ?, version = version + 1 where id = ?")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setObject(2, by);
            ps.setObject(3, id);
            ps.executeUpdate();
        }
    }

    /**
     * The declared contracts that wait for this organization's word: as buyer, those a supplier declared; as a
     * supplier between enterprises, those the buyer declared.
     */
    static List<UUID> awaiting(Connection c, UUID org, int limit) throws SQLException {
        List<UUID> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select id from contract where not confirmed and status = 'PENDING'
                  and ((buyer_id = ? and recorded_by <> buyer_id)
                       or (origin = 'BETWEEN_ENTERPRISES' and recorded_by = buyer_id and supplier_ids @> array[?::text]))
                order by created_at, id limit ?""")) {
            ps.setObject(1, org);
            ps.setString(2, org.toString());
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return out;
    }

    /**
     * The contracts this organization is a party to (buyer or supplier, confirmed or not), newest first; after
     * {@code after} (the previous page's last contract) when given, so a page never shifts as contracts are added.
     */
    static List<UUID> ofParty(Connection c, UUID org, UUID after, int limit) throws SQLException {
        List<UUID> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select id from contract where (buyer_id = ? or supplier_ids @> array[?::text])
                and (?::uuid is null or (created_at, id) < (select a.created_at, a.id from contract a where a.id = ?))
                order by created_at desc, id desc limit ?""")) {
            ps.setObject(1, org);
            ps.setString(2, org.toString());
            ps.setObject(3, after);
            ps.setObject(4, after);
            ps.setInt(5, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return out;
    }

    /** Writes the new state (already locked with find(…, true)) and appends the change to the history. */
    static void change(Connection c, ContractView after, ContractView.Change change) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                update contract set status = ?, value_cad = ?, ends_on = ?, final_value_cad = ?, version = version + 1 where id = ?""")) {
            ps.setString(1, after.status());
            ps.setBigDecimal(2, after.valueCad());
            ps.setDate(3, date(after.endsOn()));
            ps.setBigDecimal(4, after.finalValueCad());
            ps.setObject(5, after.id());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into contract_change (contract_id, seq, kind, reason, status, value_cad, ends_on, changed_by, changed_at)
                select ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ?, ?, ?, ? from contract_change where contract_id = ?""")) {
            ps.setObject(1, after.id());
            ps.setString(2, change.kind());
            ps.setString(3, change.reason());
            ps.setString(4, change.status());
            ps.setBigDecimal(5, change.valueCad());
            ps.setDate(6, date(change.endsOn()));
            ps.setObject(7, change.changedBy());
            ps.setTimestamp(8, Timestamp.from(change.changedAt()));
            ps.setObject(9, after.id());
            ps.executeUpdate();
        }
    }

    private static List<ContractView.Change> history(Connection c, UUID id) throws SQLException {
        List<ContractView.Change> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select kind, reason, status, value_cad, ends_on, changed_by, changed_at from contract_change
                where contract_id = ? order by seq""")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    BigDecimal value = rs.getBigDecimal(4);
                    out.add(new ContractView.Change(rs.getString(1), rs.getString(2), rs.getString(3), value, local(rs.getDate(5)),
                            rs.getObject(6, UUID.class), rs.getTimestamp(7).toInstant()));
                }
            }
        }
        return out;
    }

    private static List<UUID> uuids(ResultSet rs, int column) throws SQLException {
        return Arrays.stream((Object[]) rs.getArray(column).getArray()).map(String::valueOf).map(UUID::fromString).toList();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate local(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
