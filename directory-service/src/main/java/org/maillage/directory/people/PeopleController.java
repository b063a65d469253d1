package org.maillage.directory.people;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import org.maillage.platform.api.Listing;
import org.maillage.platform.security.Caller;

import java.net.URI;
import java.util.UUID;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

/** Personal details: participants of the organization's pilots only, in pages, so many per minute; kept by the organization. */
@Tag(name = "directory")
@Controller("/api/organizations/{organizationId}/people")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
public class PeopleController {

    private final PeopleService people;

    public PeopleController(PeopleService people) {
        this.people = people;
    }

    /** A page (at most 50) of the organization's people, for participants of its pilots. */
    @Operation(summary = "List an organization's people, page by page", description = "Who: accounts of members of a pilot the organization takes part in, and its coordinators; the number of people read per minute is limited.")
    @ApiResponse(responseCode = "429", description = "too many people read: wait Retry-After")
    @Get
    public Listing<PersonView> list(Authentication auth, UUID organizationId, @QueryValue @Nullable UUID cursor,
                           @QueryValue @Nullable @Min(1) @Max(50) Integer limit) {
        return people.of(Caller.of(auth), organizationId, cursor, limit == null ? 20 : limit);
    }

    @Operation(summary = "Add a contact person", description = "Who: the organization's own accounts, or a COORDINATOR of its pilots.")
    @ApiResponse(responseCode = "201", description = "person added", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PersonView.class)))
    @Post
    public HttpResponse<PersonView> add(Authentication auth, UUID organizationId, @Body @Valid PersonForm person) {
        PersonView created = people.add(Caller.of(auth), organizationId, person);
        return HttpResponse.created(created, URI.create("/api/organizations/" + organizationId + "/people/" + created.id()));
    }

    @Operation(summary = "Change a contact person", description = "Who: the organization's own accounts, or a COORDINATOR of every "
            + "pilot it takes part in. Replaces every detail: a field left out is emptied.")
    @ApiResponse(responseCode = "200", description = "person changed", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PersonView.class)))
    @ApiResponse(responseCode = "400", description = "a detail is invalid; the problem names the field")
    @ApiResponse(responseCode = "401", description = "no valid token")
    @ApiResponse(responseCode = "403", description = "neither the organization's own account nor a coordinator of all its pilots")
    @ApiResponse(responseCode = "404", description = "no such organization, or no such person in it (removed included)")
    @Put("/{personId}")
    public PersonView change(Authentication auth, UUID organizationId, UUID personId, @Body @Valid PersonForm person) {
        return people.change(Caller.of(auth), organizationId, personId, person);
    }

    @Operation(summary = "Remove a contact person", description = "Who: the organization's own accounts, or a COORDINATOR of every "
            + "pilot it takes part in. The person leaves the organization's people and its email and phone are erased; its name is "
            + "kept so that contact logs naming it still say who was met.")
    @ApiResponse(responseCode = "204", description = "person removed")
    @ApiResponse(responseCode = "401", description = "no valid token")
    @ApiResponse(responseCode = "403", description = "neither the organization's own account nor a coordinator of all its pilots")
    @ApiResponse(responseCode = "404", description = "no such organization, or no such person in it (already removed included)")
    @Delete("/{personId}")
    @Status(HttpStatus.NO_CONTENT)
    public void remove(Authentication auth, UUID organizationId, UUID personId) {
        people.remove(Caller.of(auth), organizationId, personId);
    }
}
