package org.maillage.web.contract;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** GET /api/contracts/mine and /declared, POST /api/contracts and its confirm and reject, as the pages read them. */
final class ContractApi {

    private ContractApi() {
    }

    @Serdeable
    record Contract(UUID id, @Nullable UUID opportunityId, UUID buyerId, List<UUID> supplierIds, String title, BigDecimal valueCad,
                    @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, String status, String origin, boolean confirmed,
                    @Nullable BigDecimal finalValueCad, @Nullable List<Change> history) {
    }

    @Serdeable
    record Change(String kind, @Nullable String reason, @Nullable String status, UUID changedBy, Instant changedAt) {
    }

    @Serdeable
    record Declaration(UUID buyerId, List<UUID> supplierIds, String title, String category, BigDecimal valueCad,
                       @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
    }

    @Serdeable
    record Rejection(String reason) {
    }
}
