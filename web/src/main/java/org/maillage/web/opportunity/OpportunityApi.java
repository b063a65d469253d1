package org.maillage.web.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** GET /api/opportunities, /api/opportunities/{id} and its questions, as the public sees them. */
final class OpportunityApi {

    private OpportunityApi() {
    }

    @Serdeable
    record Opportunity(UUID id, UUID buyerId, String buyerKind, @Nullable String titleFr, @Nullable String titleEn,
                       @Nullable String descriptionFr, @Nullable String descriptionEn, List<String> categories, List<String> regions,
                       String method, @Nullable String noticeUrl, @Nullable BigDecimal estimatedValue, boolean valueWithheld,
                       Instant deadline, @Nullable LocalDate contractStarts, @Nullable LocalDate contractEnds,
                       @Nullable List<String> socialClauses, @Nullable List<String> documents, String status,
                       @Nullable String cancelReason, @Nullable List<Amendment> amendments, @Nullable Instant publishedAt,
                       @Nullable String contactName, @Nullable String contactEmail) {
    }

    @Serdeable
    record Amendment(Instant amendedAt, String summary, @Nullable Instant previousDeadline, @Nullable Instant newDeadline) {
    }

    @Serdeable
    record Question(UUID id, String question, Instant askedAt, @Nullable String answer, @Nullable Instant answeredAt) {
    }
}
