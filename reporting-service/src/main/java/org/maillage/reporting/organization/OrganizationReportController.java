package org.maillage.reporting.organization;

import io.micronaut.http.annotation.Controller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.maillage.directory.api.OrganizationStatuses;
import org.maillage.platform.problem.ProblemException;

import java.util.UUID;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** What reporting knows of the directory: public, no personal data. */
@Tag(name = "reports")
@Controller("/api/reports/organizations")
@Secured(SecurityRule.IS_ANONYMOUS)
public class OrganizationReportController {

    @Serdeable
    public record Summary(@Schema(minimum = "0", maximum = "10000000") long enterprises,
                          @Schema(minimum = "0", maximum = "10000000") long institutions,
                          @Schema(minimum = "0", maximum = "10000000") long active) {
    }

    @Serdeable
    public record KnownOrganization(UUID id, @Schema(maxLength = 20) String kind, @Schema(maxLength = 200) String name,
                                    @Schema(maxLength = 20) String status) {
    }

    private final OrganizationRepository organizations;

    public OrganizationReportController(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    /** @param pilot only the members of this pilot */
    @Operation(summary = "Headline numbers per organization", description = "Who: anyone, signed in or not.")
    @Get
    public Summary summary(@QueryValue @Nullable UUID pilot) {
        Counts c = organizations.summary(pilot == null ? null : pilot.toString());
        return new Summary(c.enterprises(), c.institutions(), c.active());
    }

    @Operation(summary = "One organization's headline numbers", description = "Who: anyone, signed in or not.")
    @Get("/{id}")
    public KnownOrganization show(UUID id) {
        // an application is no member of any pilot: not public (404), as in the directory
        return organizations.findById(id).filter(o -> !OrganizationStatuses.isApplication(o.status()))
                .map(o -> new KnownOrganization(o.id(), o.kind(), o.name(), o.status()))
                .orElseThrow(() -> ProblemException.notFound("Organization", id));
    }
}
