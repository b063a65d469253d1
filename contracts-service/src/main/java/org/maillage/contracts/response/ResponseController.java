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
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.maillage.platform.security.Caller;
import org.maillage.platform.security.Roles;

import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "responses")
@Controller("/api/opportunities/{opportunityId}/responses")
@SecurityRequirement(name = "bearer")
public class ResponseController {

    private final ResponseService responses;

    public ResponseController(ResponseService responses) {
        this.responses = responses;
    }

    /** Submit or replace the caller's enterprise's response, until the deadline. */
    @Put("/mine")
    @Secured(Roles.SUPPLIER)
    public ResponseView submit(Authentication auth, UUID opportunityId, @Body @Valid ResponseForm form) {
        return responses.submit(Caller.of(auth), opportunityId, form);
    }

    @Get("/mine")
    @Secured(Roles.SUPPLIER)
    public ResponseView mine(Authentication auth, UUID opportunityId) {
        return responses.mine(Caller.of(auth), opportunityId);
    }

    @Delete("/mine")
    @Secured(Roles.SUPPLIER)
    @Status(HttpStatus.NO_CONTENT)
    public void withdraw(Authentication auth, UUID opportunityId) {
        responses.withdraw(Caller.of(auth), opportunityId);
    }

    /** The joint responses naming the caller's enterprise as a partner. */
    @Get("/partnerships")
    @Secured(Roles.SUPPLIER)
    @ApiResponse(responseCode = "200", description = "responses naming the caller's enterprise as a partner",
            content = @Content(array = @ArraySchema(maxItems = 1000, schema = @Schema(implementation = Partnership.class))))
    public List<Partnership> partnerships(Authentication auth, UUID opportunityId) {
        return responses.partnerships(Caller.of(auth), opportunityId);
    }

    /** A named partner confirms its part, before the deadline; unconfirmed partners are not counted. */
    @Post("/{responseId}/partnership")
    @Secured(Roles.SUPPLIER)
    public Partnership confirmPartnership(Authentication auth, UUID opportunityId, UUID responseId) {
        return responses.confirmPartnership(Caller.of(auth), opportunityId, responseId);
    }

    /** The buying organization's view (an enterprise buying from others is a SUPPLIER account). */
    @Get
    @Secured({Roles.BUYER, Roles.SUPPLIER})
    public ResponsesSeen forBuyer(Authentication auth, UUID opportunityId) {
        return responses.forBuyer(Caller.of(auth), opportunityId);
    }
}
