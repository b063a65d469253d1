package org.maillage.contracts.contract;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import org.maillage.contracts.api.http.ContractStatus;
import org.maillage.contracts.api.http.ContractView;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One line of a contract's history: an amendment or a status change, with its reason. */
@MappedEntity("contract_change")
record ContractChangeRow(@EmbeddedId ContractChangeKey key, String kind, @Nullable String reason, @Nullable String status,
                         @Nullable BigDecimal valueCad, @Nullable LocalDate endsOn, UUID changedBy, Instant changedAt) {

    static ContractChangeRow of(UUID contract, int seq, ContractView.Change c) {
        return new ContractChangeRow(new ContractChangeKey(contract, seq), c.kind(), c.reason(), c.status() == null ? null : c.status().name(), c.valueCad(), c.endsOn(),
                c.changedBy(), c.changedAt());
    }

    ContractView.Change view() {
        return new ContractView.Change(kind, reason, status == null ? null : ContractStatus.valueOf(status), valueCad, endsOn, changedBy, changedAt);
    }
}
