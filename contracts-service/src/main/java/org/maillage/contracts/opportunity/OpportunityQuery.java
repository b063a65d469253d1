package org.maillage.contracts.opportunity;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** What a visitor asks of the public list of opportunities; every parameter is optional. */
@Introspected
public record OpportunityQuery(
        @Parameter(in = ParameterIn.QUERY, description = "Words of a title or description, in French or English; accents and case "
                + "are ignored and words are stemmed (\"economie\" finds \"Économie sociale\", \"cleaning\" finds \"Cleaning services\").",
                example = "traiteur")
        @QueryValue @Nullable @Size(max = 200) String q,
        @Parameter(in = ParameterIn.QUERY, description = "An 8-digit UNSPSC code. A segment (90000000), family (90100000) or class "
                + "(90101500) code also matches the codes under it.", example = "90100000")
        @QueryValue @Nullable @Size(max = 8) @Pattern(regexp = "[0-9]{8}", message = "must be an 8-digit category code") String category,
        @Parameter(in = ParameterIn.QUERY, description = "An administrative region of Québec, 01 to 17.", example = "06")
        @QueryValue @Nullable @Size(max = 2) @Pattern(regexp = "0[1-9]|1[0-7]", message = "must be a region code from 01 to 17") String region,
        @Parameter(in = ParameterIn.QUERY, description = "PUBLISHED (open), CLOSED, AWARDED, UNSUCCESSFUL or CANCELLED. "
                + "Without it, all of them.", example = "PUBLISHED")
        @QueryValue @Nullable @Size(max = 20) @Pattern(regexp = STATUSES, message = "must be one of " + STATUSES) String status,
        @Parameter(in = ParameterIn.QUERY, description = "The buying organization's id.", example = "6c2b5b1e-7d4f-4a8e-9a57-0c1d2e3f4a5b")
        @QueryValue @Nullable UUID buyer,
        @Parameter(in = ParameterIn.QUERY, description = "Only open opportunities whose deadline is within this many days (1 to 365).",
                example = "7")
        @QueryValue @Nullable @Min(1) @Max(365) Integer closingWithin,
        @Parameter(in = ParameterIn.QUERY, description = "Page size, 1 to 100; 20 by default.", example = "20")
        @QueryValue @Nullable @Min(1) @Max(100) Integer limit,
        @Parameter(in = ParameterIn.QUERY, description = "The `next` of the previous page, as it was given; the other parameters "
                + "must be the same as for that page.")
        @QueryValue @Nullable @Size(max = 200) String cursor) {

    static final String STATUSES = "PUBLISHED|CLOSED|AWARDED|UNSUCCESSFUL|CANCELLED";

    int pageSize() {
        return limit == null ? 20 : limit;
    }

    boolean hasText() {
        return q != null && !q.isBlank();
    }
}
