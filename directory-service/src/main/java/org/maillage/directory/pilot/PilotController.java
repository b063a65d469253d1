package org.maillage.directory.pilot;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import org.maillage.platform.api.Listing;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;
import org.maillage.platform.security.Roles;

import java.net.URI;
import java.util.UUID;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;

/** Pilots, public; their members in pages. Existing organizations join a pilot by invitation (InvitationController). */
@Tag(name = "directory")
@Controller("/api/pilots")
public class PilotController {

    private final PilotService pilots;

    public PilotController(PilotService pilots) {
        this.pilots = pilots;
    }

    @Operation(summary = "List the pilots", description = "Who: anyone, signed in or not. Each pilot with its member counts.")
    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @ApiResponse(responseCode = "200", description = "every pilot with its member count, in one answer (`next` is null)")
    public Listing<PilotView> all() {
        return Listing.complete(pilots.all());
    }

    @Operation(summary = "Read a pilot", description = "Who: anyone, signed in or not.")
    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public PilotView show(UUID id) {
        return pilots.find(id).orElseThrow(() -> ProblemException.notFound("Pilot", id));
    }

    /** The pilot's members by name, a page at a time (at most 100). */
    @Operation(summary = "List a pilot's members, page by page", description = "Who: anyone, signed in or not. Members by name and date joined.")
    @Get("/{id}/members")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public Listing<Member> members(UUID id, @QueryValue @Nullable UUID cursor, @QueryValue @Nullable @Min(1) @Max(100) Integer limit) {
        if (!pilots.exists(id)) {
            throw ProblemException.notFound("Pilot", id);
        }
        return pilots.members(id, cursor, limit == null ? 50 : limit);
    }

    @Operation(summary = "Create a pilot", description = "Who: a COORDINATOR; the creator coordinates the new pilot.")
    @ApiResponse(responseCode = "201", description = "pilot created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PilotView.class)))
    @Post
    @Secured(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    public HttpResponse<PilotView> create(Authentication auth, @Body @Valid NewPilot pilot) {
        PilotView created = pilots.create(Caller.of(auth), pilot);
        return HttpResponse.created(created, URI.create("/api/pilots/" + created.id()));
    }
}
