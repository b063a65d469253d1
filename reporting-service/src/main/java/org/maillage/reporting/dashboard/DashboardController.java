package org.maillage.reporting.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.maillage.platform.api.Listing;

import java.util.UUID;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;

/**
 * A pilot's results. The dashboard is public (headline figures are what funders and the public see);
 * rows that name an enterprise or an opportunity are for the pilot's coordinators, or each organization's own.
 */
@Tag(name = "reports")
@Controller("/api/reports/pilots/{pilotId}")
public class DashboardController {

    private final DashboardQuery dashboards;
    private final DetailQuery details;
    private final java.time.Clock clock;

    public DashboardController(DashboardQuery dashboards, DetailQuery details, java.time.Clock clock) {
        this.dashboards = dashboards;
        this.details = details;
        this.clock = clock;
    }

    /**
     * @param from   first month, YYYY-MM (default: the beginning)
     * @param to     last month, YYYY-MM (default: this month in Montréal)
     * @param within months after a first contact in which a contract counts as having come from it (default 12)
     */
    @Operation(summary = "A pilot's dashboard for a period", description = "Who: anyone, signed in or not. Counts only: headline, by institution, category and month, contacts and funnel.")
    @Get("/dashboard{?from,to,within}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public Dashboard dashboard(UUID pilotId,
                               @Nullable @QueryValue @Size(max = 7) @Pattern(regexp = Period.MONTH, message = Period.MONTH_MESSAGE) String from,
                               @Nullable @QueryValue @Size(max = 7) @Pattern(regexp = Period.MONTH, message = Period.MONTH_MESSAGE) String to,
                               @Nullable @QueryValue @Min(0) @Max(120) Integer within) {
        return dashboards.dashboard(pilotId, Period.parse(from, to, clock), within == null ? 12 : within);
    }

    @Operation(summary = "Results per enterprise", description = "Who: a COORDINATOR of the pilot sees every row; a member organization its own rows.")
    @Get("/enterprises{?from,to}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "per enterprise: matched, responses, wins, win rate, value won, at most 100000, in one answer (`next` is null)")
    public Listing<Detail.EnterpriseRow> enterprises(Authentication auth, UUID pilotId,
                                                  @Nullable @QueryValue @Size(max = 7) @Pattern(regexp = Period.MONTH, message = Period.MONTH_MESSAGE) String from,
                                                  @Nullable @QueryValue @Size(max = 7) @Pattern(regexp = Period.MONTH, message = Period.MONTH_MESSAGE) String to) {
        return Listing.complete(details.enterprises(pilotId, Period.parse(from, to, clock), Access.rowsFor(auth, pilotId).orElse(null)));
    }

    @Operation(summary = "The funnel per opportunity", description = "Who: a COORDINATOR of the pilot sees every row; a member organization its own rows.")
    @Get("/opportunities{?from,to}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "the funnel per opportunity: matched, interested, not interested, responded, awarded, at most 5000, in one answer (`next` is null)")
    public Listing<Detail.OpportunityRow> opportunities(Authentication auth, UUID pilotId,
                                                     @Nullable @QueryValue @Size(max = 7) @Pattern(regexp = Period.MONTH, message = Period.MONTH_MESSAGE) String from,
                                                     @Nullable @QueryValue @Size(max = 7) @Pattern(regexp = Period.MONTH, message = Period.MONTH_MESSAGE) String to) {
        return Listing.complete(details.opportunities(pilotId, Period.parse(from, to, clock), Access.rowsFor(auth, pilotId).orElse(null)));
    }
}
