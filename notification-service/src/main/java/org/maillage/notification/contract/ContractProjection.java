package org.maillage.notification.contract;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.ContractEventTypes;
import org.maillage.contracts.api.ContractState;
import org.maillage.notification.Sql;
import org.maillage.notification.delivery.Intents;
import org.maillage.platform.inbox.InboundEvent;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A contract one party declared waits for the other's word: the other parties are told, so that a declaration does
 * not sit unconfirmed (and uncounted in the pilot's results) because no one saw it. Runs in the inbox's transaction.
 */
@Singleton
public class ContractProjection {

    private final TransactionOperations<Connection> tx;
    private final ObjectMapper json;
    private final Intents intents;

    public ContractProjection(TransactionOperations<Connection> tx, ObjectMapper json, Intents intents) {
        this.tx = tx;
        this.json = json;
        this.intents = intents;
    }

    public void apply(InboundEvent event) throws SQLException {
        ContractState k = event.decode(json, ContractState.class);
        if (ContractEventTypes.CONFIRMED_V1.equals(event.type())) {
            // no longer waiting: the coordinators' weekly summary stops listing it
            Sql.update(tx.getConnection(), "update declared_contract set confirmed = true where contract_id = ?", k.contractId());
            return;
        }
        if (!ContractEventTypes.RECORDED_V1.equals(event.type())) {
            return;
        }
        if (k.confirmed() || k.recordedBy() == null) {
            // recorded by the buyer itself, or awarded: there is no one to ask
            return;
        }
        Connection c = tx.getConnection();
        Sql.update(c, """
                insert into declared_contract (contract_id, title, value_cad, recorded_by, buyer_id, declared_at) values (?, ?, ?, ?, ?, ?)
                on conflict (contract_id) do nothing""",
                k.contractId(), k.title(), k.valueCad(), k.recordedBy(), k.buyerId(), k.occurredAt());
        Set<UUID> others = new LinkedHashSet<>(k.supplierIds());
        others.add(k.buyerId());
        others.remove(k.recordedBy());
        intents.declared(c, event.id(), k.contractId(), others);
    }
}
