package org.maillage.reporting.organization;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.directory.api.OrganizationEventTypes;
import org.maillage.directory.api.OrganizationState;
import org.maillage.directory.api.OrganizationStatuses;
import org.maillage.platform.inbox.InboundEvent;
import org.maillage.reporting.contract.ContractCells;
import org.maillage.reporting.contract.ContractRepository;
import org.maillage.reporting.projection.BulkMode;
import org.maillage.reporting.projection.ProjectionLock;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps reporting's copy of each organization (kind, pilots, commitments, decision units) in step with
 * directory.organizations; runs in the inbox's transaction. When a pilot membership changes, the contracts
 * the organization is party to are counted again: a contract may have arrived before its organization.
 */
@Singleton
public class OrganizationProjection {

    private final OrganizationRepository organizations;
    private final DecisionUnitRepository units;
    private final PilotMemberRepository members;
    private final ContractRepository contracts;
    private final ProjectionLock lock;
    private final ObjectMapper json;
    private final ContractCells cells;
    private final BulkMode bulk;

    public OrganizationProjection(OrganizationRepository organizations, DecisionUnitRepository units, PilotMemberRepository members,
                                  ContractRepository contracts, ProjectionLock lock, ObjectMapper json, ContractCells cells,
                                  BulkMode bulk) {
        this.organizations = organizations;
        this.units = units;
        this.members = members;
        this.contracts = contracts;
        this.lock = lock;
        this.json = json;
        this.cells = cells;
        this.bulk = bulk;
    }

    /** Runs in the inbox's transaction, as do the cells' refreshes. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void apply(InboundEvent event) {
        // a type this service does not use is only recorded in the inbox
        if (!OrganizationEventTypes.carriesState(event.type())) {
            return;
        }
        lock.hold();
        OrganizationState o = event.decode(json, OrganizationState.class);
        // the newer state wins, whatever order events arrive in; an older one changes nothing
        long newer = organizations.keepNewest(o.organizationId(), o.kind(), o.name(), o.status(), o.categories().toArray(String[]::new),
                o.regions().toArray(String[]::new), o.pilots().stream().map(UUID::toString).toArray(String[]::new), o.legalForm(),
                o.institutionType(), o.commitmentContracts(), o.commitmentValue(), o.occurredAt());
        if (newer == 0) {
            return;
        }
        units.deleteOf(o.organizationId());
        units.saveAll(o.decisionUnits().stream()
                .map(u -> new DecisionUnitRow(new DecisionUnitRow.Key(o.organizationId(), u.id()), u.name())).toList());
        if (membershipChanged(o) && !bulk.on()) {
            for (UUID contract : contracts.partyTo(o.organizationId())) {
                cells.refresh(contract);
            }
        }
    }

    /**
     * Replaces the organization's pilot memberships; answers whether they (or its kind) changed. An application (PENDING or
     * REFUSED) is a member of no pilot: it shows in no public figure, list or open data until a coordinator approves it.
     */
    private boolean membershipChanged(OrganizationState o) {
        Set<String> before = members.membershipsOf(o.organizationId()).stream()
                .map(m -> m.id().pilotId() + ":" + m.kind()).collect(Collectors.toSet());
        List<UUID> pilots = OrganizationStatuses.isApplication(o.status()) ? List.of() : o.pilots();
        Set<String> after = new HashSet<>();
        pilots.forEach(p -> after.add(p + ":" + o.kind()));
        if (before.equals(after)) {
            return false;
        }
        members.deleteOf(o.organizationId());
        members.saveAll(new HashSet<>(pilots).stream()
                .map(p -> new PilotMemberRow(new PilotMemberRow.Key(p, o.organizationId()), o.kind())).toList());
        return true;
    }
}
