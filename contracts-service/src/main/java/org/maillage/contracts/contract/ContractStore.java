package org.maillage.contracts.contract;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.http.ContractView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Contracts and their histories through their repositories; every method runs in the caller's transaction. */
@Singleton
class ContractStore {

    /** A stored contract with what the view leaves out. */
    record Row(ContractView view, UUID unit, List<String> categories, UUID recordedBy, UUID confirmedBy, ContractRow stored) {
        List<UUID> parties() {
            List<UUID> all = new ArrayList<>(view.supplierIds());
            all.add(view.buyerId());
            return all;
        }
    }

    private final ContractRepository contracts;
    private final ContractChangeRepository changes;

    ContractStore(ContractRepository contracts, ContractChangeRepository changes) {
        this.contracts = contracts;
        this.changes = changes;
    }

    void insert(ContractView k, UUID unit, String category, UUID recordedBy, Instant now) {
        contracts.save(ContractRow.of(k, unit, List.of(category), recordedBy, now));
    }

    Optional<Row> find(UUID id, boolean lock) {
        return (lock ? contracts.findByIdForUpdate(id) : contracts.findById(id)).map(k -> rows(List.of(k)).get(0));
    }

    void confirm(Row row, UUID by, Instant now) {
        contracts.update(row.stored().confirmedBy(by, now));
    }

    /** See {@link ContractRepository#awaiting}. */
    List<ContractView> awaiting(UUID org, int limit) {
        return rows(contracts.awaiting(org, limit)).stream().map(Row::view).toList();
    }

    /** See {@link ContractRepository#ofParty}. */
    List<ContractView> ofParty(UUID org, @Nullable UUID after, int limit) {
        return rows(contracts.ofParty(org, after, limit)).stream().map(Row::view).toList();
    }

    /** Writes the new state of a row locked with find(…, true) and appends the change to its history. */
    void change(Row row, ContractView after, ContractView.Change change) {
        contracts.update(row.stored().changedTo(after));
        changes.save(ContractChangeRow.of(after.id(), row.view().history().size() + 1, change));
    }

    private List<Row> rows(List<ContractRow> stored) {
        if (stored.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ContractView.Change>> history = changes.ofContracts(stored.stream().map(ContractRow::id).toList()).stream()
                .collect(Collectors.groupingBy(c -> c.key().contractId(), Collectors.mapping(ContractChangeRow::view, Collectors.toList())));
        return stored.stream().map(k -> new Row(k.view(history.getOrDefault(k.id(), List.of())), k.decisionUnitId(), k.categoryList(),
                k.recordedBy(), k.confirmedBy(), k)).toList();
    }
}
