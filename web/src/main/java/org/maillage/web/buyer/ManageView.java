package org.maillage.web.buyer;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An opportunity as its buyer runs it: while open (addenda, questions, cancelling, who it reached), after the
 * deadline (the responses and the decision), and once decided (the contract).
 *
 * @param done      what the last action did, for the confirmation at the top, or null
 * @param open      responses are still being received
 * @param deciding  the deadline has passed and no decision is made yet
 * @param sealed    how many responses arrived, while they stay sealed
 * @param reach     how many matched enterprises were told by email, or will be in their digest; null while not known
 */
public record ManageView(BuyerApi.Opportunity o, String title, @Nullable String done, boolean open, boolean deciding,
                         List<BuyerApi.Question> questions, List<FunnelRow> funnel, Counts counts, List<ResponseRow> responses,
                         int sealed, @Nullable UUID contractId, Form form, @Nullable BuyerApi.AlertReach reach) {

    public record FunnelRow(String name, Instant notifiedAt, @Nullable Instant viewedAt, @Nullable Boolean interested,
                            @Nullable String reason, @Nullable String reasonText) {
    }

    public record File(String name, String href) {
    }

    public record Counts(int matched, int viewed, int interested, int notInterested, int questionsWaiting) {
    }

    /**
     * @param documents the links the response gives
     * @param files     the files attached to it (current versions)
     * @param parties   the lead and partners of a joint response with their roles; empty for a response of one enterprise
     */
    public record ResponseRow(UUID id, String name, BigDecimal price, String proposal, String status, List<String> documents,
                              List<File> files, List<JointParties.Party> parties) {
        public boolean decidable() {
            return "SUBMITTED".equals(status) || "SHORTLISTED".equals(status);
        }
    }
}
