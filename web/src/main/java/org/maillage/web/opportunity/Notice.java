package org.maillage.web.opportunity;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An opportunity's public notice, its labels already in the page's language.
 *
 * @param award once the call is awarded: who won, for how much, when; null before
 */
public record Notice(UUID id, String title, String buyer, UUID buyerId, boolean buyerIsInstitution, String status, String method,
                     @Nullable String description, List<String> categories, List<String> regions,
                     @Nullable BigDecimal value, boolean valueWithheld, Instant deadline,
                     @Nullable LocalDate contractStarts, @Nullable LocalDate contractEnds, List<String> socialClauses,
                     List<String> documents, @Nullable String noticeUrl, @Nullable String contactName, @Nullable String contactEmail,
                     @Nullable String cancelReason, List<Amendment> amendments, List<Question> questions, List<File> files,
                     @Nullable Award award) {

    /** A document attached to the notice, downloaded from the API (public once published); older versions stay listed. */
    public record File(String fileName, String href, int version, boolean current, String size) {
    }

    /** @param suppliers the enterprises awarded, each with its directory page */
    public record Award(List<Supplier> suppliers, BigDecimal value, Instant awardedAt) {
    }

    public record Supplier(UUID id, String name) {
    }

    public record Amendment(Instant amendedAt, String summary, @Nullable Instant previousDeadline, @Nullable Instant newDeadline) {
    }

    public record Question(String question, Instant askedAt, @Nullable String answer, @Nullable Instant answeredAt) {
    }
}
