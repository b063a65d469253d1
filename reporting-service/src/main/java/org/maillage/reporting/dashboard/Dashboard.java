package org.maillage.reporting.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A pilot's public results for a period: what a coordinator gives funders. Contracts count once confirmed
 * and not cancelled, at their final value once completed; declared ones and those between enterprises are
 * shown apart, never in the headline.
 */
@Serdeable
public record Dashboard(UUID pilotId, @Schema(maxLength = 7) String from, @Schema(maxLength = 7) String to,
                        Headline headline,
                        @ArraySchema(maxItems = 10000) List<InstitutionRow> byInstitution,
                        @ArraySchema(maxItems = 10000) List<CategoryRow> byCategory,
                        @ArraySchema(maxItems = 1200) List<MonthRow> byMonth,
                        Amount betweenEnterprises,
                        Amount declared,
                        Contacts contacts,
                        Funnel funnel) {

    /** The article's result: how many of the pilot's institutions awarded at least one contract, out of how many. */
    @Serdeable
    public record Headline(@Schema(minimum = "0", maximum = "100000") long institutionsWithContract,
                           @Schema(minimum = "0", maximum = "100000") long institutions,
                           @Schema(minimum = "0", maximum = "1000000000") long contracts,
                           @Schema(minimum = "0", maximum = "1000000000000000") BigDecimal valueCad) {
    }

    @Serdeable
    public record Amount(@Schema(minimum = "0", maximum = "1000000000") long contracts,
                         @Schema(minimum = "0", maximum = "1000000000000000") BigDecimal valueCad) {
    }

    /**
     * A commitment is measured in its own unit: an institution may commit to a number of contracts, to a value, or both.
     *
     * @param progress      share of the committed number of contracts reached (1.0 = met), when that commitment is known
     * @param valueProgress share of the committed value reached (1.0 = met), when that commitment is known
     */
    @Serdeable
    public record InstitutionRow(UUID institutionId, @Schema(maxLength = 300) String name,
                                 @Schema(minimum = "0", maximum = "1000000000") long contracts,
                                 @Schema(minimum = "0", maximum = "1000000000000000") BigDecimal valueCad,
                                 @Nullable @Schema(minimum = "0", maximum = "100000") Integer commitmentContracts,
                                 @Nullable @Schema(minimum = "0", maximum = "999999999999.99") BigDecimal commitmentValueCad,
                                 @Nullable @Schema(minimum = "0", maximum = "100000") Double progress,
                                 @Nullable @Schema(minimum = "0", maximum = "100000000") Double valueProgress) {
    }

    @Serdeable
    public record CategoryRow(@Schema(maxLength = 8) String category, @Schema(minimum = "0", maximum = "1000000000") long contracts,
                              @Schema(minimum = "0", maximum = "1000000000000000") BigDecimal valueCad) {
    }

    /** Every month of the period appears, a month without a contract with zeros. */
    @Serdeable
    public record MonthRow(@Schema(maxLength = 7) String month, @Schema(minimum = "0", maximum = "1000000000") long contracts,
                           @Schema(minimum = "0", maximum = "1000000000000000") BigDecimal valueCad) {
    }

    /**
     * @param firstContacts          pairs of organizations that met for the first time in the period
     * @param followOns              every other contact
     * @param ledToContract          first contacts whose pair had a contract within {@code withinMonths}
     * @param byDepth                contacts by how many introductions led to them (0: none)
     */
    @Serdeable
    public record Contacts(@Schema(minimum = "0", maximum = "1000000000") long contacts,
                           @Schema(minimum = "0", maximum = "1000000000") long firstContacts,
                           @Schema(minimum = "0", maximum = "1000000000") long followOns,
                           @Schema(minimum = "0", maximum = "1000000000") long introduced,
                           @Schema(minimum = "0", maximum = "100000") int deepestChain,
                           @ArraySchema(maxItems = 1000) List<DepthRow> byDepth,
                           @Schema(minimum = "0", maximum = "1200") int withinMonths,
                           @Schema(minimum = "0", maximum = "1000000000") long ledToContract,
                           @ArraySchema(maxItems = 10000) List<UnitsRow> decisionUnits) {
    }

    @Serdeable
    public record DepthRow(@Schema(minimum = "0", maximum = "100000") int depth,
                           @Schema(minimum = "0", maximum = "1000000000") long contacts) {
    }

    /** Decision units of an institution reached by at least one contact, against those the directory knows. */
    @Serdeable
    public record UnitsRow(UUID institutionId, @Schema(maxLength = 300) String name,
                           @Schema(minimum = "0", maximum = "10000") long reached, @Schema(minimum = "0", maximum = "10000") long known) {
    }

    /** @param reasons why matched enterprises were not interested, counted: feedback for institutions */
    @Serdeable
    public record Funnel(@Schema(minimum = "0", maximum = "1000000000") long published,
                         @Schema(minimum = "0", maximum = "1000000000") long matched,
                         @Schema(minimum = "0", maximum = "1000000000") long interested,
                         @Schema(minimum = "0", maximum = "1000000000") long notInterested,
                         @Schema(minimum = "0", maximum = "1000000000") long responded,
                         @Schema(minimum = "0", maximum = "1000000000") long awarded,
                         @ArraySchema(maxItems = 10) List<ReasonRow> reasons) {
    }

    @Serdeable
    public record ReasonRow(@Schema(maxLength = 20) String reason, @Schema(minimum = "0", maximum = "1000000000") long count) {
    }
}
