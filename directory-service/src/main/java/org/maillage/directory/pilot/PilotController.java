package org.maillage.directory.pilot;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import org.maillage.directory.organization.OrganizationDetails;
import org.maillage.directory.organization.OrganizationService;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;
import org.maillage.platform.security.Roles;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "directory")
@Controller("/api/pilots")
public class PilotController {

    private final PilotService pilots;
    private final OrganizationService organizations;

    public PilotController(PilotService pilots, OrganizationService organizations) {
        this.pilots = pilots;
        this.organizations = organizations;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @ApiResponse(responseCode = "200", description = "every pilot with its members",
            content = @Content(array = @ArraySchema(maxItems = 1000, schema = @Schema(implementation = PilotView.class))))
    public List<PilotView> all() {
        return pilots.all();
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public PilotView show(UUID id) {
        return pilots.find(id).orElseThrow(() -> ProblemException.notFound("Pilot", id));
    }

    @Post
    @Secured(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    public HttpResponse<PilotView> create(Authentication auth, @Body @Valid NewPilot pilot) {
        PilotView created = pilots.create(Caller.of(auth), pilot);
        return HttpResponse.created(created, URI.create("/api/pilots/" + created.id()));
    }

    /** Only a coordinator of this pilot adds members to it. */
    @Post("/{id}/members")
    @Secured(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    public OrganizationDetails addMember(Authentication auth, UUID id, @Body @Valid NewMember member) throws SQLException {
        return organizations.join(Caller.of(auth), id, member.organizationId(), member.joinedOn());
    }
}
