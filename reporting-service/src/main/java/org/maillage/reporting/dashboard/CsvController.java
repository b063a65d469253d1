package org.maillage.reporting.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;

/**
 * Each dashboard table as a CSV file. The tables of the public dashboard are public; "enterprises" and
 * "opportunities" follow the detail rules (coordinators, or an organization's own rows).
 */
@Tag(name = "reports")
@Controller("/api/reports/pilots/{pilotId}/csv")
@Secured(SecurityRule.IS_ANONYMOUS)
public class CsvController {

    private static final String TABLES = "institutions|categories|months|referral-depths|decision-units|not-interested-reasons"
            + "|enterprises|opportunities";

    private final DashboardQuery dashboards;
    private final DetailQuery details;
    private final java.time.Clock clock;

    public CsvController(DashboardQuery dashboards, DetailQuery details, java.time.Clock clock) {
        this.dashboards = dashboards;
        this.details = details;
        this.clock = clock;
    }

    @Operation(summary = "A dashboard table as CSV", description = "Who: anyone for the public tables; `enterprises` and `opportunities` follow their JSON rule. RFC 4180, UTF-8 with a byte-order mark, French or English headers.")
    @Get(value = "/{table}{?from,to,within}", produces = "text/csv")
    @ApiResponse(responseCode = "200", description = "RFC 4180, UTF-8 with a byte-order mark",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", maxLength = 100_000_000)))
    public HttpResponse<byte[]> table(@Nullable Authentication auth, UUID pilotId,
                                      @Size(max = 30) @Pattern(regexp = TABLES, message = "must be one of " + TABLES) String table,
                                      @Nullable @QueryValue @Size(max = 7) @Pattern(regexp = Period.MONTH, message = Period.MONTH_MESSAGE) String from,
                                      @Nullable @QueryValue @Size(max = 7) @Pattern(regexp = Period.MONTH, message = Period.MONTH_MESSAGE) String to,
                                      @Nullable @QueryValue @Min(0) @Max(120) Integer within) {
        Period p = Period.parse(from, to, clock);
        String csv = switch (table) {
            case "enterprises" -> CsvTables.enterprises(details.enterprises(pilotId, p, Access.rowsFor(auth, pilotId).orElse(null)));
            case "opportunities" -> CsvTables.opportunities(details.opportunities(pilotId, p, Access.rowsFor(auth, pilotId).orElse(null)));
            default -> {
                Dashboard d = dashboards.dashboard(pilotId, p, within == null ? 12 : within);
                yield switch (table) {
                    case "institutions" -> CsvTables.institutions(d);
                    case "categories" -> CsvTables.categories(d);
                    case "months" -> CsvTables.months(d);
                    case "referral-depths" -> CsvTables.depths(d);
                    case "decision-units" -> CsvTables.units(d);
                    default -> CsvTables.reasons(d);
                };
            }
        };
        return HttpResponse.ok(csv.getBytes(StandardCharsets.UTF_8))
                .contentType(new MediaType("text/csv", java.util.Map.of("charset", "utf-8")))
                .header("Content-Disposition", "attachment; filename=\"maillage-" + table + "-" + p.from() + "-" + p.to() + ".csv\"");
    }
}
