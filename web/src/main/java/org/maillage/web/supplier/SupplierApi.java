package org.maillage.web.supplier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The answers of the API that a supplier's pages read, with only the fields they show. */
final class SupplierApi {

    private SupplierApi() {
    }

    @Serdeable
    record Opportunity(UUID id, UUID buyerId, String buyerKind, @Nullable String titleFr, @Nullable String titleEn,
                       @Nullable String descriptionFr, @Nullable String descriptionEn, List<String> categories, List<String> regions,
                       String method, @Nullable String noticeUrl, @Nullable BigDecimal estimatedValue, boolean valueWithheld,
                       Instant deadline, @Nullable List<String> documents, String status, @Nullable String cancelReason,
                       @Nullable List<Amendment> amendments, @Nullable Instant publishedAt,
                       @Nullable String contactName, @Nullable String contactEmail, @Nullable Instant questionDeadline) {
    }

    @Serdeable
    record Amendment(Instant amendedAt, String summary, @Nullable Instant previousDeadline, @Nullable Instant newDeadline) {
    }

    @Serdeable
    record Question(UUID id, String question, Instant askedAt, @Nullable String answer, @Nullable Instant answeredAt) {
    }

    /** GET /api/opportunities/interest/mine: where the enterprise stands with an open opportunity. */
    @Serdeable
    record Standing(UUID opportunityId, Instant notifiedAt, @Nullable Instant viewedAt, @Nullable Boolean interested,
                    @Nullable String reason, @Nullable String reasonText, @Nullable Instant answeredAt) {
    }

    /**
     * POST /api/opportunities/matched/visits: the end of the person's previous visit to its matches (null on its first),
     * and the open matches it opened itself.
     */
    @Serdeable
    record Visit(@Nullable Instant previousVisitAt, @Nullable List<UUID> opened) {

        boolean openedByMe(UUID opportunity) {
            return opened != null && opened.contains(opportunity);
        }
    }

    @Serdeable
    record Response(UUID id, UUID opportunityId, UUID enterpriseId, BigDecimal priceCad, String proposal, @Nullable List<String> documents,
                    @Nullable List<UUID> partners, @Nullable List<UUID> confirmedPartners, String status, Instant submittedAt,
                    Instant updatedAt, @Nullable String reason) {
    }

    @Serdeable
    record Interest(boolean interested, @Nullable String reason, @Nullable String reasonText) {
    }

    @Serdeable
    record Ask(String question) {
    }

    @Serdeable
    record Submission(BigDecimal priceCad, String proposal, List<String> documents, List<UUID> partners) {
    }

    /** GET /api/opportunities/{id}/responses/partnerships: a joint response naming my enterprise. */
    @Serdeable
    record Partnership(UUID responseId, UUID leadEnterpriseId, boolean confirmed) {
    }

    /** GET /api/opportunities/responses/partnerships: the same, across the opportunities still open. */
    @Serdeable
    record OpenPartnership(UUID opportunityId, UUID responseId, UUID leadEnterpriseId, boolean confirmed) {
    }

    @Serdeable
    record Organization(UUID id, String name) {
    }

    @Serdeable
    record Organizations(List<Organization> items) {
    }

    @Serdeable
    record Contract(UUID id, String title, @Nullable BigDecimal valueCad, UUID buyerId, String status, String origin) {
    }

    @Serdeable
    record Contact(UUID id, String counterpartName, @Nullable String nextStep, @Nullable LocalDate followUpOn, LocalDate occurredOn) {
    }
}
