package org.maillage.reporting.contract;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.ContractState;
import org.maillage.platform.inbox.InboundEvent;
import org.maillage.reporting.projection.BulkMode;
import org.maillage.reporting.projection.ProjectionLock;

import java.time.ZoneId;
import java.util.UUID;

/**
 * Keeps each contract's newest state from contracts.contracts, then its pilot shares and cells. A contract
 * is dated by its start, or else the day it was first recorded (Montréal time), so later changes never move it
 * to another month.
 */
@Singleton
public class ContractProjection {

    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    private final ContractRepository contracts;
    private final ProjectionLock lock;
    private final ObjectMapper json;
    private final ContractCells cells;
    private final BulkMode bulk;

    public ContractProjection(ContractRepository contracts, ProjectionLock lock, ObjectMapper json, ContractCells cells, BulkMode bulk) {
        this.contracts = contracts;
        this.lock = lock;
        this.json = json;
        this.cells = cells;
        this.bulk = bulk;
    }

    /** Runs in the inbox's transaction, as do the cells' refreshes. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void apply(InboundEvent event) {
        // every type on the topic carries the whole state; an unknown later type that does not is only recorded
        if (!event.type().startsWith("maillage.contracts.contract.")) {
            return;
        }
        lock.hold();
        ContractState k = event.decode(json, ContractState.class);
        // a contract "confirmed" by anyone but the party whose word counts is still only declared
        long changed = contracts.keepNewest(k.contractId(), k.opportunityId(), k.buyerId(),
                k.supplierIds().stream().map(UUID::toString).toArray(String[]::new), k.title(), k.categories().toArray(String[]::new),
                k.valueCad(), k.finalValueCad(), k.startsOn(), k.endsOn(), k.status(), k.origin(), k.confirmedByTheRightParty(),
                k.occurredAt().atZone(MONTREAL).toLocalDate(), k.occurredAt());
        if (changed > 0 && !bulk.on()) {
            cells.refresh(k.contractId());
        }
    }
}
