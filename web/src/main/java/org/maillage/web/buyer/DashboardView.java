package org.maillage.web.buyer;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The buyer's own page: what is in progress, what waits for a decision, and how the commitment is going. */
public record DashboardView(String organization, List<Row> drafts, List<Open> open, List<Row> deciding, List<Declared> declared,
                            List<Commitment> commitments, @Nullable String done) {

    public record Row(UUID id, String title, Instant deadline) {
    }

    public record Open(UUID id, String title, Instant deadline, ManageView.Counts counts, int responses) {
    }

    public record Declared(UUID id, String title, String suppliers, BigDecimal value) {
    }

    /**
     * Each pledge against its own unit.
     *
     * @param percent      of the committed number of contracts reached, or null when no such commitment is known
     * @param valuePercent of the committed value reached, or null when no such commitment is known
     */
    public record Commitment(String pilot, long contracts, BigDecimal value, @Nullable Integer committedContracts,
                             @Nullable BigDecimal committedValue, @Nullable Integer percent, @Nullable Integer valuePercent) {
    }
}
