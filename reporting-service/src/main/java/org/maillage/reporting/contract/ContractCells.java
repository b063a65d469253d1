package org.maillage.reporting.contract;

import jakarta.inject.Singleton;
import org.maillage.reporting.contact.ContactCells;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A contract's shares in each pilot, and the summary cells they fall into. Each refresh recomputes the
 * touched cells from the shares (never adds or subtracts deltas), so a cell is right whatever order
 * events came in and however often one was applied. The buyer, supplier and category cells count what
 * institutions awarded; contracts between enterprises and declared ones are summed apart in cell_month. Runs under {@link org.maillage.reporting.projection.ProjectionLock}.
 */
@Singleton
public class ContractCells {

    /** A cell key: which pilot and month, and the buyer, supplier and category it touches. */
    private record Touch(UUID pilot, LocalDate month, UUID buyer, UUID supplier, String category) {
    }

    private final ContactCells contacts;

    public ContractCells(ContactCells contacts) {
        this.contacts = contacts;
    }

    public void refresh(Connection c, UUID contract) throws SQLException {
        Set<Touch> touched = touches(c, contract);
        try (PreparedStatement ps = c.prepareStatement("delete from contract_share where contract_id = ?")) {
            ps.setObject(1, contract);
            ps.executeUpdate();
        }
        // a contract counts in a pilot when its buyer and at least one supplier take part in it; each participating
        // supplier gets an even share of the value (the final value once completed), one row leads for contract sums
        try (PreparedStatement ps = c.prepareStatement("""
                insert into contract_share (contract_id, pilot_id, supplier_id, buyer_id, month, category, contract_value, share_value,
                    lead, counted, declared, between_enterprises)
                select k.id, pb.pilot_id, s.supplier_id, k.buyer_id, k.month, coalesce(k.categories[1], ''),
                       coalesce(k.final_value_cad, k.value_cad),
                       round(coalesce(k.final_value_cad, k.value_cad) / cardinality(k.supplier_ids), 4),
                       row_number() over (partition by pb.pilot_id order by s.ord) = 1,
                       k.confirmed and k.status <> 'CANCELLED', not k.confirmed and k.status <> 'CANCELLED', pb.kind = 'ENTERPRISE'
                from contract k
                join pilot_member pb on pb.organization_id = k.buyer_id
                cross join lateral unnest(k.supplier_ids) with ordinality s (supplier_id, ord)
                join pilot_member ps on ps.organization_id = s.supplier_id and ps.pilot_id = pb.pilot_id and ps.kind = 'ENTERPRISE'
                where k.id = ?""")) {
            ps.setObject(1, contract);
            ps.executeUpdate();
        }
        touched.addAll(touches(c, contract));
        recompute(c, touched);
    }

    private static Set<Touch> touches(Connection c, UUID contract) throws SQLException {
        Set<Touch> out = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select pilot_id, month, buyer_id, supplier_id, category from contract_share where contract_id = ?")) {
            ps.setObject(1, contract);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Touch(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate(), rs.getObject(3, UUID.class),
                            rs.getObject(4, UUID.class), rs.getString(5)));
                }
            }
        }
        return out;
    }

    private void recompute(Connection c, Set<Touch> touched) throws SQLException {
        Set<String> done = new java.util.HashSet<>();
        for (Touch t : touched) {
            if (done.add("m" + t.pilot() + t.month())) {
                cell(c, "delete from cell_month where pilot_id = ? and month = ?", """
                        insert into cell_month (pilot_id, month, contracts, value, between_contracts, between_value,
                            declared_contracts, declared_value)
                        select pilot_id, month,
                               count(*) filter (where lead and counted and not between_enterprises),
                               coalesce(sum(contract_value) filter (where lead and counted and not between_enterprises), 0),
                               count(*) filter (where lead and counted and between_enterprises),
                               coalesce(sum(contract_value) filter (where lead and counted and between_enterprises), 0),
                               count(*) filter (where lead and declared),
                               coalesce(sum(contract_value) filter (where lead and declared), 0)
                        from contract_share where pilot_id = ? and month = ? group by pilot_id, month""", t.pilot(), t.month());
            }
            if (done.add("b" + t.pilot() + t.month() + t.buyer())) {
                cell(c, "delete from cell_buyer where pilot_id = ? and month = ? and buyer_id = ?", """
                        insert into cell_buyer (pilot_id, month, buyer_id, contracts, value)
                        select pilot_id, month, buyer_id, count(*), sum(contract_value) from contract_share
                        where pilot_id = ? and month = ? and buyer_id = ? and lead and counted and not between_enterprises
                        group by pilot_id, month, buyer_id""", t.pilot(), t.month(), t.buyer());
            }
            if (done.add("s" + t.pilot() + t.month() + t.supplier())) {
                cell(c, "delete from cell_supplier where pilot_id = ? and month = ? and supplier_id = ?", """
                        insert into cell_supplier (pilot_id, month, supplier_id, contracts, value)
                        select pilot_id, month, supplier_id, count(*), sum(share_value) from contract_share
                        where pilot_id = ? and month = ? and supplier_id = ? and counted and not between_enterprises
                        group by pilot_id, month, supplier_id""", t.pilot(), t.month(), t.supplier());
            }
            if (done.add("c" + t.pilot() + t.month() + t.category())) {
                cell(c, "delete from cell_category where pilot_id = ? and month = ? and category = ?", """
                        insert into cell_category (pilot_id, month, category, contracts, value)
                        select pilot_id, month, category, count(*), sum(contract_value) from contract_share
                        where pilot_id = ? and month = ? and category = ? and lead and counted and not between_enterprises
                        group by pilot_id, month, category""", t.pilot(), t.month(), t.category());
            }
            // the pair's first contacts may now have led to a contract (or no longer)
            if (done.add("p" + t.buyer() + t.supplier())) {
                contacts.refreshConversion(c, t.buyer(), t.supplier());
            }
        }
    }

    /** Deletes a cell and inserts it again from the shares; a cell with nothing left stays deleted. */
    private static void cell(Connection c, String delete, String insert, Object... key) throws SQLException {
        for (String sql : new String[]{delete, insert}) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < key.length; i++) {
                    ps.setObject(i + 1, key[i] instanceof LocalDate d ? Date.valueOf(d) : key[i]);
                }
                ps.executeUpdate();
            }
        }
    }
}
