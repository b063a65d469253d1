package org.maillage.contracts.contract;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import org.maillage.contracts.api.http.ContractOrigin;
import org.maillage.contracts.api.http.ContractStatus;
import org.maillage.contracts.api.http.ContractView;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A contract as stored; suppliers are ids as text. {@code version} counts changes, but every change is made under the
 * row's lock rather than checked against a version read earlier, so it is a plain column, not a {@code @Version}.
 */
@MappedEntity("contract")
public record ContractRow(@Id UUID id, @Nullable UUID opportunityId, UUID buyerId, @Nullable UUID decisionUnitId,
                          @TypeDef(type = DataType.STRING_ARRAY) String[] supplierIds, String title,
                          @TypeDef(type = DataType.STRING_ARRAY) String[] categories, BigDecimal valueCad,
                          @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, String status, String origin, boolean confirmed,
                          Instant createdAt, long version, @Nullable UUID recordedBy, @Nullable Instant confirmedAt,
                          @Nullable BigDecimal finalValueCad, @Nullable UUID confirmedBy) {

    /** A new contract as its view shows it; confirmed now by {@code recordedBy} when the view says it is confirmed. */
    public static ContractRow of(ContractView k, @Nullable UUID unit, List<String> categories, UUID recordedBy, Instant now) {
        return new ContractRow(k.id(), k.opportunityId(), k.buyerId(), unit, k.supplierIds().stream().map(UUID::toString).toArray(String[]::new),
                k.title(), categories.toArray(String[]::new), k.valueCad(), k.startsOn(), k.endsOn(), k.status().name(), k.origin().name(), k.confirmed(),
                now, 0, recordedBy, k.confirmed() ? now : null, null, k.confirmed() ? recordedBy : null);
    }

    ContractRow confirmedBy(UUID by, Instant now) {
        return new ContractRow(id, opportunityId, buyerId, decisionUnitId, supplierIds, title, categories, valueCad, startsOn, endsOn,
                status, origin, true, createdAt, version + 1, recordedBy, now, finalValueCad, by);
    }

    /** What a status change or an amendment leaves: status, value, end and final value. */
    ContractRow changedTo(ContractView after) {
        return new ContractRow(id, opportunityId, buyerId, decisionUnitId, supplierIds, title, categories, after.valueCad(), startsOn,
                after.endsOn(), after.status().name(), origin, confirmed, createdAt, version + 1, recordedBy, confirmedAt, after.finalValueCad(),
                confirmedBy);
    }

    List<String> categoryList() {
        return List.of(categories);
    }

    ContractView view(List<ContractView.Change> history) {
        return new ContractView(id, opportunityId, buyerId, Arrays.stream(supplierIds).map(UUID::fromString).toList(), title, valueCad,
                startsOn, endsOn, ContractStatus.valueOf(status), ContractOrigin.valueOf(origin), confirmed, finalValueCad, history);
    }
}
