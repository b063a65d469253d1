package org.maillage.web.opportunity;

import io.micronaut.core.annotation.Nullable;
import org.maillage.web.documents.DocumentsApi;
import org.maillage.web.documents.Files;
import org.maillage.web.site.Page;

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

    /**
     * A document attached to the notice, downloaded from the API (public once published); older versions stay listed.
     *
     * @param uploaded when this version was added, in the reader's words and Montréal time
     * @param summary  what the buyer said changed in this version, or null
     */
    public record File(String fileName, String href, int version, boolean current, String size, String uploaded,
                       @Nullable String summary) {

        /** A call's documents as its readers see them, wherever they read it (the notice, the supplier's workspace). */
        public static List<File> of(UUID opportunity, List<DocumentsApi.Document> documents, Page page) {
            // the browser downloads from the API through the gateway: same origin, served as an attachment
            return documents.stream().map(d -> new File(d.fileName(), "/api/opportunities/" + opportunity + "/documents/" + d.id(),
                    d.version(), d.current(), Files.size(d.sizeBytes(), page), page.dateTime(d.uploadedAt()), d.summary())).toList();
        }
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
