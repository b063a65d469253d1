package org.maillage.web.supplier;

import io.micronaut.core.annotation.Nullable;
import org.maillage.web.opportunity.Notice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An opportunity as a signed-in supplier sees it: the notice, its addenda and questions, where the enterprise
 * stands, and the forms to answer it (with what was typed and what went wrong when the last try was refused).
 *
 * @param files         the call's documents, every version (what the public notice lists)
 * @param interested    null until the enterprise says
 * @param myResponse    the status of the enterprise's response in words, or null when it sent none
 * @param done          what the last action did, said once after the redirect, or null
 * @param questionDeadline when questions close if before the deadline, or null
 * @param questionsOpen questions are still accepted (open, and the question deadline, if any, not passed)
 */
public record OpportunityPage(Heading heading, @Nullable String description, List<String> categories, List<String> regions,
                              String method, @Nullable BigDecimal value, boolean valueWithheld, List<String> documents,
                              List<Notice.File> files,
                              @Nullable String noticeUrl, @Nullable String contact, @Nullable String cancelReason,
                              List<Notice.Amendment> amendments, List<Notice.Question> questions,
                              @Nullable Boolean interested, @Nullable String reason, @Nullable String reasonText,
                              @Nullable String myResponse, @Nullable Instant myResponseAt, List<Joint> joints,
                              List<String> reasons, Input input, FormErrors errors, @Nullable String done,
                              @Nullable Instant questionDeadline, boolean questionsOpen) {

    /** A joint response of another enterprise that names mine as a partner: it leads, I confirm my part. */
    public record Joint(UUID responseId, String lead, boolean confirmed) {
    }

    /** What was typed in the page's forms. */
    public record Input(String reason, String note, String question) {
        public static Input empty() {
            return new Input("", "", "");
        }
    }
}
