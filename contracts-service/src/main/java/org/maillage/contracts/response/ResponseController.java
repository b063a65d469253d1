package org.maillage.contracts.response;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.maillage.platform.api.Listing;
import org.maillage.platform.security.Caller;
import org.maillage.platform.security.Roles;

import java.util.UUID;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;

@Tag(name = "responses")
@Controller("/api/opportunities/{opportunityId}/responses")
@SecurityRequirement(name = "bearer")
public class ResponseController {

    private final ResponseService responses;

    public ResponseController(ResponseService responses) {
        this.responses = responses;
    }

    /** Submit or replace the caller's enterprise's response, until the deadline. */
    @Operation(summary = "Submit or replace my enterprise's sealed response", description = "Who: a SUPPLIER account, for its own enterprise, until the deadline. Nobody else sees it before the deadline; after, the buyer does.")
    @ApiResponse(responseCode = "409", description = "the deadline has passed")
    @Put("/mine")
    @Secured(Roles.SUPPLIER)
    public ResponseView submit(Authentication auth, UUID opportunityId, @Body @Valid ResponseForm form) {
        return responses.submit(Caller.of(auth), opportunityId, form);
    }

    @Operation(summary = "Read my enterprise's response", description = "Who: a SUPPLIER account; its own enterprise's response.")
    @Get("/mine")
    @Secured(Roles.SUPPLIER)
    public ResponseView mine(Authentication auth, UUID opportunityId) {
        return responses.mine(Caller.of(auth), opportunityId);
    }

    @Operation(summary = "Withdraw my enterprise's response", description = "Who: a SUPPLIER account, for its own enterprise, until the deadline.")
    @ApiResponse(responseCode = "409", description = "the deadline has passed")
    @Delete("/mine")
    @Secured(Roles.SUPPLIER)
    @Status(HttpStatus.NO_CONTENT)
    public void withdraw(Authentication auth, UUID opportunityId) {
        responses.withdraw(Caller.of(auth), opportunityId);
    }

    /** The joint responses naming the caller's enterprise as a partner. */
    @Operation(summary = "Joint responses naming my enterprise as a partner", description = "Who: a SUPPLIER account; the responses to this opportunity that name its own enterprise as a partner.")
    @Get("/partnerships")
    @Secured(Roles.SUPPLIER)
    @ApiResponse(responseCode = "200", description = "responses naming the caller's enterprise as a partner, at most 1000, in one answer (`next` is null)")
    public Listing<Partnership> partnerships(Authentication auth, UUID opportunityId) {
        return Listing.complete(responses.partnerships(Caller.of(auth), opportunityId));
    }

    /** A named partner confirms its part, before the deadline; unconfirmed partners are not counted. */
    @Operation(summary = "Confirm my enterprise's part in a joint response", description = "Who: a SUPPLIER account of the named partner, before the deadline; an unconfirmed partner is not counted.")
    @ApiResponse(responseCode = "409", description = "the deadline has passed")
    @Post("/{responseId}/partnership")
    @Secured(Roles.SUPPLIER)
    public Partnership confirmPartnership(Authentication auth, UUID opportunityId, UUID responseId) {
        return responses.confirmPartnership(Caller.of(auth), opportunityId, responseId);
    }

    /** The buying organization's view (an enterprise buying from others is a SUPPLIER account). */
    @Operation(summary = "The buyer's view of the responses", description = "Who: the buying organization's accounts only: a count while sealed, every response after the deadline.")
    @Get
    @Secured({Roles.BUYER, Roles.SUPPLIER})
    public ResponsesSeen forBuyer(Authentication auth, UUID opportunityId) {
        return responses.forBuyer(Caller.of(auth), opportunityId);
    }
}
