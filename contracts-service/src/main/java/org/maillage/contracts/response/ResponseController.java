package org.maillage.contracts.response;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import org.maillage.platform.security.Caller;
import org.maillage.platform.security.Roles;

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

    /** The buying organization's view (an enterprise buying from others is a SUPPLIER account). */
    @Get
    @Secured({Roles.BUYER, Roles.SUPPLIER})
    public ResponsesSeen forBuyer(Authentication auth, UUID opportunityId) {
        return responses.forBuyer(Caller.of(auth), opportunityId);
    }
}
