package org.maillage.directory.people;

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
import org.maillage.platform.security.Caller;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Personal details: signed-in participants only. */
@Tag(name = "directory")
@Controller("/api/organizations/{organizationId}/people")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
public class PeopleController {

    private final PeopleService people;

    public PeopleController(PeopleService people) {
        this.people = people;
    }

    @Get
    @ApiResponse(responseCode = "200", description = "the organization's contact people",
            content = @Content(array = @ArraySchema(maxItems = 1000, schema = @Schema(implementation = PersonView.class))))
    public List<PersonView> list(UUID organizationId) {
        return people.of(organizationId);
    }

    @Post
    public HttpResponse<PersonView> add(Authentication auth, UUID organizationId, @Body @Valid PersonForm person) {
        PersonView created = people.add(Caller.of(auth), organizationId, person);
        return HttpResponse.created(created, URI.create("/api/organizations/" + organizationId + "/people/" + created.id()));
    }
}
