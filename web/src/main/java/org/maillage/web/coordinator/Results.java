package org.maillage.web.coordinator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** GET /api/reports/pilots/{id}/enterprises and /opportunities: the rows behind the dashboard, coordinators only. */
public final class Results {

    private Results() {
    }

    @Serdeable
    public record EnterpriseRow(UUID enterpriseId, String name, long matched, long responses, long wins, @Nullable Double winRate,
                                long contracts, BigDecimal valueWon) {
        /** The win rate as a whole percentage, or null when the enterprise never responded. */
        @Nullable
        public Long winPercent() {
            return winRate == null ? null : Math.round(winRate * 100);
        }
    }

    @Serdeable
    public record OpportunityRow(UUID opportunityId, @Nullable String title, UUID buyerId, String status, long matched, long interested,
                                 long notInterested, long responded, boolean awarded) {
    }

    /** The page: both tables for the period, and the buyers' names. */
    public record View(Coordination.Pilot pilot, Period period, @Nullable List<EnterpriseRow> enterprises,
                       @Nullable List<OpportunityRow> opportunities, java.util.Map<UUID, String> buyers) {

        public String base() {
            return "/coordinator/pilots/" + pilot.id();
        }

        public String buyer(UUID id) {
            return buyers.getOrDefault(id, "");
        }
    }
}
