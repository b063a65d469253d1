package org.maillage.contracts.response;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.maillage.platform.api.Listing;
import org.maillage.platform.security.Caller;
import org.maillage.platform.security.Roles;


/** An enterprise's responses and partnerships across opportunities, for its dashboard: one read instead of one per opportunity. */
@Tag(name = "responses")
@Controller("/api/opportunities/responses")
@SecurityRequirement(name = "bearer")
public class MyResponsesController {

    static final int LIMIT = 200;

    private final ResponseService responses;

    public MyResponsesController(ResponseService responses) {
        this.responses = responses;
    }

    @Operation(summary = "My enterprise's responses", description = "Who: a SUPPLIER account; its own enterprise's responses to every opportunity "
            + "(withdrawn ones included), the latest change first, at most 200.")
    @ApiResponse(responseCode = "200", description = "the caller's enterprise's responses, at most " + LIMIT + ", in one answer (`next` is null)")
    @ApiResponse(responseCode = "401", description = "no valid token")
    @ApiResponse(responseCode = "403", description = "not a SUPPLIER account")
    @Get("/mine")
    @Secured(Roles.SUPPLIER)
    public Listing<ResponseView> mine(Authentication auth) {
        return Listing.complete(responses.allMine(Caller.of(auth), LIMIT));
    }

    @Operation(summary = "Joint responses naming my enterprise, still open", description = "Who: a SUPPLIER account; the responses of other "
            + "enterprises that name its own enterprise as a partner, on opportunities still open, nearest deadline first, at most 200: "
            + "who leads and whether it confirmed its part; never price or proposal.")
    @ApiResponse(responseCode = "200", description = "the open joint responses naming the caller's enterprise, at most " + LIMIT + ", in one answer (`next` is null)")
    @ApiResponse(responseCode = "401", description = "no valid token")
    @ApiResponse(responseCode = "403", description = "not a SUPPLIER account")
    @Get("/partnerships")
    @Secured(Roles.SUPPLIER)
    public Listing<OpenPartnership> partnerships(Authentication auth) {
        return Listing.complete(responses.openPartnerships(Caller.of(auth), LIMIT));
    }
}
