package org.maillage.reporting.contract;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.reporting.contact.ContactCells;

import java.time.LocalDate;
import java.util.HashSet;
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

    /** A cell key: which pilot and month, and the buyer, supplier and category a share touches. */
    private record Touch(UUID pilot, LocalDate month, UUID buyer, UUID supplier, String category) {

        static Touch of(ContractShareRow s) {
            return new Touch(s.id().pilotId(), s.month(), s.buyerId(), s.id().supplierId(), s.category());
        }
    }

    private final ContractShareRepository cells;
    private final ContactCells contacts;

    public ContractCells(ContractShareRepository cells, ContactCells contacts) {
        this.cells = cells;
        this.contacts = contacts;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void refresh(UUID contract) {
        Set<Touch> touched = touches(contract);
        cells.deleteShares(contract);
        cells.insertShares(contract);
        touched.addAll(touches(contract));
        recompute(touched);
    }

    private Set<Touch> touches(UUID contract) {
        Set<Touch> out = new LinkedHashSet<>();
        cells.ofContract(contract).forEach(s -> out.add(Touch.of(s)));
        return out;
    }

    private void recompute(Set<Touch> touched) {
        Set<String> done = new HashSet<>();
        for (Touch t : touched) {
            if (done.add("m" + t.pilot() + t.month())) {
                cells.deleteMonth(t.pilot(), t.month());
                cells.insertMonth(t.pilot(), t.month());
            }
            if (done.add("b" + t.pilot() + t.month() + t.buyer())) {
                cells.deleteBuyer(t.pilot(), t.month(), t.buyer());
                cells.insertBuyer(t.pilot(), t.month(), t.buyer());
            }
            if (done.add("s" + t.pilot() + t.month() + t.supplier())) {
                cells.deleteSupplier(t.pilot(), t.month(), t.supplier());
                cells.insertSupplier(t.pilot(), t.month(), t.supplier());
            }
            if (done.add("c" + t.pilot() + t.month() + t.category())) {
                cells.deleteCategory(t.pilot(), t.month(), t.category());
                cells.insertCategory(t.pilot(), t.month(), t.category());
            }
            // the pair's first contacts may now have led to a contract (or no longer)
            if (done.add("p" + t.buyer() + t.supplier())) {
                contacts.refreshConversion(t.buyer(), t.supplier());
            }
        }
    }
}
