package org.maillage.web.coordinator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** GET /api/reports/pilots/{id}/dashboard as reporting-service answers it: a pilot's results for a period. */
@Serdeable
public record Dashboard(UUID pilotId, String from, String to, Headline headline, List<InstitutionRow> byInstitution,
                        List<CategoryRow> byCategory, List<MonthRow> byMonth, Amount betweenEnterprises, Amount declared,
                        Contacts contacts, Funnel funnel) {

    @Serdeable
    public record Headline(long institutionsWithContract, long institutions, long contracts, BigDecimal valueCad) {
    }

    @Serdeable
    public record Amount(long contracts, BigDecimal valueCad) {
    }

    @Serdeable
    public record InstitutionRow(UUID institutionId, String name, long contracts, BigDecimal valueCad,
                                 @Nullable Integer commitmentContracts, @Nullable BigDecimal commitmentValueCad,
                                 @Nullable Double progress, @Nullable Double valueProgress) {
        /** The pledged number of contracts reached, as a whole percentage, or null when the institution pledged none. */
        @Nullable
        public Long progressPercent() {
            return progress == null ? null : Math.round(progress * 100);
        }

        /** The pledged value reached, as a whole percentage, or null when the institution pledged none. */
        @Nullable
        public Long valueProgressPercent() {
            return valueProgress == null ? null : Math.round(valueProgress * 100);
        }

        public boolean pledged() {
            return commitmentContracts != null || commitmentValueCad != null;
        }
    }

    @Serdeable
    public record CategoryRow(String category, long contracts, BigDecimal valueCad) {
    }

    @Serdeable
    public record MonthRow(String month, long contracts, BigDecimal valueCad) {
    }

    @Serdeable
    public record Contacts(long contacts, long firstContacts, long followOns, long introduced, int deepestChain,
                           List<DepthRow> byDepth, int withinMonths, long ledToContract, List<UnitsRow> decisionUnits) {
    }

    @Serdeable
    public record DepthRow(int depth, long contacts) {
    }

    @Serdeable
    public record UnitsRow(UUID institutionId, String name, long reached, long known) {
    }

    @Serdeable
    public record Funnel(long published, long matched, long interested, long notInterested, long responded, long awarded,
                         List<ReasonRow> reasons) {
    }

    @Serdeable
    public record ReasonRow(String reason, long count) {
    }
}
