package org.maillage.contracts.response;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.maillage.platform.security.Caller;
import org.maillage.platform.security.Roles;

import java.util.List;

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
    @ApiResponse(responseCode = "200", description = "the caller's enterprise's responses",
            content = @Content(array = @ArraySchema(maxItems = LIMIT, schema = @Schema(implementation = ResponseView.class))))
    @ApiResponse(responseCode = "401", description = "no valid token")
    @ApiResponse(responseCode = "403", description = "not a SUPPLIER account")
    @Get("/mine")
    @Secured(Roles.SUPPLIER)
    public List<ResponseView> mine(Authentication auth) {
        return responses.allMine(Caller.of(auth), LIMIT);
    }

    @Operation(summary = "Joint responses naming my enterprise, still open", description = "Who: a SUPPLIER account; the responses of other "
            + "enterprises that name its own enterprise as a partner, on opportunities still open, nearest deadline first, at most 200: "
            + "who leads and whether it confirmed its part; never price or proposal.")
    @ApiResponse(responseCode = "200", description = "the open joint responses naming the caller's enterprise",
            content = @Content(array = @ArraySchema(maxItems = LIMIT, schema = @Schema(implementation = OpenPartnership.class))))
    @ApiResponse(responseCode = "401", description = "no valid token")
    @ApiResponse(responseCode = "403", description = "not a SUPPLIER account")
    @Get("/partnerships")
    @Secured(Roles.SUPPLIER)
    public List<OpenPartnership> partnerships(Authentication auth) {
        return responses.openPartnerships(Caller.of(auth), LIMIT);
    }
}
