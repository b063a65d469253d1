package org.maillage.contracts.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contract's state after a change, on {@link ContractsTopics#CONTRACTS}: what the pilot's results count.
 *
 * @param origin    AWARD, DIRECT or BETWEEN_ENTERPRISES
 * @param confirmed     false while only one party has declared it; reporting shows those apart
 * @param finalValueCad set when the contract is completed; reporting counts it in place of valueCad
 *                      (added to v1 as an optional field: older readers ignore it)
 * @param confirmedBy   the organization whose word confirmed it: an institution's contract is confirmed only by
 *                      that institution (its award, its own record, or its confirmation of a declaration); a
 *                      contract between enterprises by a party other than the one who declared it (added to v1
 *                      as an optional field; absent in older events)
 * @param recordedBy    the organization that recorded or declared it: the other parties are asked to confirm a
 *                      declaration (added to v1 as an optional field; absent in older events)
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ContractState(UUID contractId, @Nullable UUID opportunityId, UUID buyerId, @Nullable UUID decisionUnitId,
                            List<UUID> supplierIds, String title, List<String> categories, BigDecimal valueCad,
                            @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, String status, String origin,
                            boolean confirmed, @Nullable BigDecimal finalValueCad, @Nullable UUID confirmedBy,
                            @Nullable UUID recordedBy, Instant occurredAt) {

    /** What the contract is worth for the pilot's results: the final value once known. */
    public BigDecimal countedValueCad() {
        return finalValueCad != null ? finalValueCad : valueCad;
    }

    /**
     * Whether the pilot's results count it as confirmed: an institution's contract needs the institution's own
     * word, so a declaration that two enterprises "confirmed" between themselves, or an older event that does not
     * say who confirmed, stays declared.
     */
    public boolean confirmedByTheRightParty() {
        return confirmed && ("BETWEEN_ENTERPRISES".equals(origin) || buyerId.equals(confirmedBy));
    }

    public ContractState {
        supplierIds = supplierIds == null ? List.of() : List.copyOf(supplierIds);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
