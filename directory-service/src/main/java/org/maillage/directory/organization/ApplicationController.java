package org.maillage.directory.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.maillage.directory.pilot.PilotService;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;
import org.maillage.platform.security.Roles;

import java.util.List;
import java.util.UUID;

/** Applications to join a pilot as a coordinator answers them: refusing with a reason, and the list with the answers given. */
@Tag(name = "directory")
@Controller("/api")
public class ApplicationController {

    private final OrganizationService service;
    private final ApplicationRepository applications;
    private final PilotService pilots;

    public ApplicationController(OrganizationService service, ApplicationRepository applications, PilotService pilots) {
        this.service = service;
        this.applications = applications;
        this.pilots = pilots;
    }

    @Operation(summary = "Refuse a pending application, with a reason",
            description = "Who: a COORDINATOR of every pilot the organization belongs to. The enterprise becomes REFUSED (not INACTIVE: it never joined); the reason is kept with the application and, when the application gave a contact address, emailed to the applicant in its language.")
    @ApiResponse(responseCode = "200", description = "refused")
    @ApiResponse(responseCode = "400", description = "no reason, or one over 2000 characters (problem naming `reason`)")
    @ApiResponse(responseCode = "401", description = "not signed in")
    @ApiResponse(responseCode = "403", description = "not a coordinator of every pilot the organization belongs to")
    @ApiResponse(responseCode = "404", description = "no such organization")
    @ApiResponse(responseCode = "409", description = "not pending (problem naming `status`)")
    @Post("/organizations/{id}/refuse")
    @Secured(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    public OrganizationDetails refuse(Authentication auth, UUID id, @Body @Valid RefusalForm form) {
        return service.refuse(Caller.of(auth), id, form.reason());
    }

    /** The pilot's applications by name, a page at a time: pending ones, and refused ones with the reason given. */
    @Operation(summary = "List a pilot's applications, pending and refused",
            description = "Who: a COORDINATOR of that pilot. Each with the applicant's contact address and language, and once refused, when and why.")
    @ApiResponse(responseCode = "200", description = "a page of applications; `next` is the cursor of the following one")
    @ApiResponse(responseCode = "400", description = "a limit out of 1 to 100 or a cursor that is not one")
    @ApiResponse(responseCode = "401", description = "not signed in")
    @ApiResponse(responseCode = "403", description = "not a coordinator of this pilot")
    @ApiResponse(responseCode = "404", description = "no such pilot")
    @Get("/pilots/{id}/applications")
    @Secured(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    @Transactional(readOnly = true)
    public ApplicationPage applications(Authentication auth, UUID id, @QueryValue @Nullable UUID cursor,
                                        @QueryValue @Nullable @Min(1) @Max(100) Integer limit) {
        if (!pilots.exists(id)) {
            throw ProblemException.notFound("Pilot", id);
        }
        if (!Caller.of(auth).coordinates(id)) {
            throw ProblemException.forbidden("Only a coordinator of this pilot sees its applications.");
        }
        int size = limit == null ? 50 : limit;
        List<ApplicationPage.Application> rows = applications.inPilot(id, cursor, size + 1).stream()
                .map(a -> new ApplicationPage.Application(a.organizationId(), a.name(), a.status(), a.appliedOn(), a.contactEmail(),
                        a.language(), a.refusedAt(), a.refusalReason())).toList();
        boolean more = rows.size() > size;
        List<ApplicationPage.Application> page = more ? rows.subList(0, size) : rows;
        return new ApplicationPage(List.copyOf(page), more ? page.get(size - 1).organizationId().toString() : null);
    }
}
