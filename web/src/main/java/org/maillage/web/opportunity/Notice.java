package org.maillage.web.opportunity;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An opportunity's public notice, its labels already in the page's language. */
public record Notice(UUID id, String title, String buyer, UUID buyerId, boolean buyerIsInstitution, String status, String method,
                     @Nullable String description, List<String> categories, List<String> regions,
                     @Nullable BigDecimal value, boolean valueWithheld, Instant deadline,
                     @Nullable LocalDate contractStarts, @Nullable LocalDate contractEnds, List<String> socialClauses,
                     List<String> documents, @Nullable String noticeUrl, @Nullable String contactName, @Nullable String contactEmail,
                     @Nullable String cancelReason, List<Amendment> amendments, List<Question> questions, List<File> files) {

    /** A document attached to the notice, downloaded from the API (public once published); older versions stay listed. */
    public record File(String fileName, String href, int version, boolean current, String size) {
    }

    public record Amendment(Instant amendedAt, String summary, @Nullable Instant previousDeadline, @Nullable Instant newDeadline) {
    }

    public record Question(String question, Instant askedAt, @Nullable String answer, @Nullable Instant answeredAt) {
    }
}
