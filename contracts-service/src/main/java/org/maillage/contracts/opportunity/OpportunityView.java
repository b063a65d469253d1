package org.maillage.contracts.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.maillage.platform.problem.ProblemException;
import org.maillage.contracts.api.ContractValues;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An opportunity as shown: the deadline both as an instant and in Montréal time.
 *
 * @param estimatedValue null to others when the buyer withholds it
 * @param questionDeadline when questions close; null: with responses, at the deadline
 */
@Serdeable
public record OpportunityView(
        UUID id, UUID buyerId, @Schema(maxLength = 20) String buyerKind, @Nullable UUID decisionUnitId,
        @Nullable @Schema(maxLength = 300) String titleFr, @Nullable @Schema(maxLength = 300) String titleEn,
        @Nullable @Schema(maxLength = 10000) String descriptionFr, @Nullable @Schema(maxLength = 10000) String descriptionEn,
        @ArraySchema(maxItems = 20, schema = @Schema(maxLength = 8)) List<String> categories,
        @ArraySchema(maxItems = 17, schema = @Schema(maxLength = 2)) List<String> regions,
        @Schema(maxLength = 20) String method, @Nullable @Schema(maxLength = 1000) String noticeUrl,
        @Nullable @Schema(minimum = "0", maximum = ContractValues.MAX_CAD) BigDecimal estimatedValue, boolean valueWithheld,
        Instant deadline, @Schema(maxLength = 40) String deadlineMontreal,
        @Nullable LocalDate contractStarts, @Nullable LocalDate contractEnds,
        @ArraySchema(maxItems = 20, schema = @Schema(maxLength = 60)) List<String> socialClauses,
        @ArraySchema(maxItems = 20, schema = @Schema(maxLength = 1000)) List<String> documents,
        @Schema(maxLength = 20) String status, @Nullable @Schema(maxLength = 2000) String cancelReason,
        @ArraySchema(maxItems = 1000) List<AmendmentView> amendments,
        Instant createdAt, @Nullable Instant publishedAt, @Nullable Instant closedAt,
        @Nullable @Schema(maxLength = 200) String contactName, @Nullable @Schema(maxLength = 254) String contactEmail,
        @Nullable Instant questionDeadline) {

    @Serdeable
    public record AmendmentView(Instant amendedAt, @Schema(maxLength = 2000) String summary, Instant previousDeadline, Instant newDeadline) {
    }

    /** Whether the call is open at {@code now}: the one rule, {@link Lifecycle#isOpen}. */
    public boolean openAt(Instant now) {
        return Lifecycle.isOpen(OpportunityStatus.valueOf(status), deadline, now);
    }

    /** {@link #openAt}, or 409 naming the deadline. */
    public void requireOpenAt(Instant now) {
        try {
            Lifecycle.requireOpen(OpportunityStatus.valueOf(status), deadline, now);
        } catch (LifecycleViolation closed) {
            throw ProblemException.conflict(closed.field(), closed.getMessage(), Map.of());
        }
    }

    /** Whether its buyer reads the responses at {@code now}: {@link Lifecycle#isUnsealed}. */
    public boolean unsealedAt(Instant now) {
        return Lifecycle.isUnsealed(OpportunityStatus.valueOf(status), deadline, closedAt, now);
    }

    /** As the given organization may see it: a withheld value only for its buyer. */
    public OpportunityView visibleTo(@Nullable UUID organization) {
        if (!valueWithheld || buyerId.equals(organization)) {
            return this;
        }
        return new OpportunityView(id, buyerId, buyerKind, decisionUnitId, titleFr, titleEn, descriptionFr, descriptionEn, categories,
                regions, method, noticeUrl, null, true, deadline, deadlineMontreal, contractStarts, contractEnds, socialClauses,
                documents, status, cancelReason, amendments, createdAt, publishedAt, closedAt, contactName, contactEmail, questionDeadline);
    }

    OpportunityView withAmendments(List<AmendmentView> history) {
        return new OpportunityView(id, buyerId, buyerKind, decisionUnitId, titleFr, titleEn, descriptionFr, descriptionEn, categories,
                regions, method, noticeUrl, estimatedValue, valueWithheld, deadline, deadlineMontreal, contractStarts, contractEnds,
                socialClauses, documents, status, cancelReason, history, createdAt, publishedAt, closedAt, contactName, contactEmail, questionDeadline);
    }
}
