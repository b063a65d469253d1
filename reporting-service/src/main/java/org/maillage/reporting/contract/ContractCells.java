package org.maillage.reporting.contract;

import jakarta.inject.Singleton;
import org.maillage.reporting.contact.ContactCells;
import org.maillage.reporting.projection.Cells;

import java.sql.Connection;
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
 * events came in and however often one was applied. What a share and each cell are is defined once, by
 * the views of migration V6, which a rebuild reads in full. Runs under {@link org.maillage.reporting.projection.ProjectionLock}.
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
        // who shares in it, per pilot: the definition is the view contract_share_source (V6)
        try (PreparedStatement ps = c.prepareStatement("insert into contract_share select * from contract_share_source where contract_id = ?")) {
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
                Cells.recompute(c, "cell_month", "", t.pilot(), t.month());
            }
            if (done.add("b" + t.pilot() + t.month() + t.buyer())) {
                Cells.recompute(c, "cell_buyer", " and buyer_id = ?", t.pilot(), t.month(), t.buyer());
            }
            if (done.add("s" + t.pilot() + t.month() + t.supplier())) {
                Cells.recompute(c, "cell_supplier", " and supplier_id = ?", t.pilot(), t.month(), t.supplier());
            }
            if (done.add("c" + t.pilot() + t.month() + t.category())) {
                Cells.recompute(c, "cell_category", " and category = ?", t.pilot(), t.month(), t.category());
            }
            // the pair's first contacts may now have led to a contract (or no longer)
            if (done.add("p" + t.buyer() + t.supplier())) {
                contacts.refreshConversion(c, t.buyer(), t.supplier());
            }
        }
    }
}
