package org.maillage.contracts.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.maillage.platform.api.Listing;
import org.maillage.platform.security.Caller;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;

/** The contact log. Any signed-in caller; the service shows each contact to its two parties and the pilot's coordinators only. */
@Tag(name = "contacts")
@Controller("/api/contacts")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
public class ContactController {

    private final ContactService contacts;

    public ContactController(ContactService contacts) {
        this.contacts = contacts;
    }

    @Operation(summary = "Log a contact", description = "Who: an account of one of the two organizations, or a COORDINATOR of the pilot both take part in.")
    @ApiResponse(responseCode = "201", description = "contact logged", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ContactView.class)))
    @Post
    public HttpResponse<ContactView> log(Authentication auth, @Body @Valid ContactForm form) {
        ContactView v = contacts.log(Caller.of(auth), form);
        return HttpResponse.created(v, URI.create("/api/contacts/" + v.id()));
    }

    @Operation(summary = "List the contacts I may see", description = "Who: any signed-in account: its own organization's contacts; a coordinator, its pilot's.")
    @Get("{?pilot,with,limit,cursor}")
    @ApiResponse(responseCode = "200", description = "a page of the contacts the caller may see, newest first (`limit`, 100 by default), "
            + "and the cursor of the next page (null on the last)")
    @ApiResponse(responseCode = "400", description = "limit outside 1 to 500, or a cursor that is not a page's `next`",
            content = @Content(mediaType = "application/problem+json"))
    public Listing<ContactView> list(Authentication auth, @Nullable @QueryValue UUID pilot, @Nullable @QueryValue UUID with,
                                     @Nullable @QueryValue @Min(1) @Max(500) Integer limit, @Nullable @QueryValue @Size(max = 100) String cursor) {
        return contacts.list(Caller.of(auth), pilot, with, cursor, limit == null ? 100 : limit);
    }

    @Operation(summary = "Read a contact with its chain of introductions", description = "Who: the two parties and the pilot's coordinators (404 to others).")
    @Get("/{id}")
    public ContactView show(Authentication auth, UUID id) {
        return contacts.show(Caller.of(auth), id);
    }

    @Operation(summary = "Record a contact's outcome and next step", description = "Who: the two parties and the pilot's coordinators.")
    @Put("/{id}/follow-up")
    public ContactView followUp(Authentication auth, UUID id, @Body @Valid FollowUpForm form) {
        return contacts.followUp(Caller.of(auth), id, form);
    }
}
