package org.maillage.notification.contract;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.ContractEventTypes;
import org.maillage.contracts.api.ContractState;
import org.maillage.platform.inbox.InboundEvent;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A contract one party declared waits for the other's word: the other parties are told, so that a declaration does
 * not sit unconfirmed (and uncounted in the pilot's results) because no one saw it. Runs in the inbox's transaction.
 */
@Singleton
public class ContractProjection {

    private final ObjectMapper json;
    private final DeclaredContractRepository declared;
    private final DeclaredQueue messages;

    ContractProjection(ObjectMapper json, DeclaredContractRepository declared, DeclaredQueue messages) {
        this.json = json;
        this.declared = declared;
        this.messages = messages;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void apply(InboundEvent event) {
        ContractState k = event.decode(json, ContractState.class);
        if (ContractEventTypes.CONFIRMED_V1.equals(event.type())) {
            // no longer waiting: the coordinators' weekly summary stops listing it
            declared.update(k.contractId(), true);
            return;
        }
        if (!ContractEventTypes.RECORDED_V1.equals(event.type())) {
            return;
        }
        if (k.confirmed() || k.recordedBy() == null) {
            // recorded by the buyer itself, or awarded: there is no one to ask
            return;
        }
        declared.remember(k.contractId(), k.title(), k.valueCad(), k.recordedBy(), k.buyerId(), k.occurredAt());
        Set<UUID> others = new LinkedHashSet<>(k.supplierIds());
        others.add(k.buyerId());
        others.remove(k.recordedBy());
        messages.declared(event.id(), k.contractId(), others.stream().map(UUID::toString).toArray(String[]::new));
    }
}
