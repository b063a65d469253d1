package org.maillage.contracts.opportunity;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.maillage.platform.security.Caller;
import org.maillage.platform.security.Roles;

import java.util.UUID;

/** A draft saved step by step keeps its identity (and what is attached to it) until it is published. */
@Tag(name = "opportunities")
@Controller("/api/opportunities")
@Secured({Roles.BUYER, Roles.SUPPLIER})
@SecurityRequirement(name = "bearer")
public class DraftController {

    private final OpportunityService service;

    public DraftController(OpportunityService service) {
        this.service = service;
    }

    @Operation(summary = "Revise a draft", description = "Who: the buying organization's accounts, while the opportunity is a draft. "
            + "Replaces its whole content, under the same rules as drafting it (a time without offset is Montréal time). "
            + "Once published, an opportunity changes only by addendum.")
    @ApiResponse(responseCode = "200", description = "the revised draft",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OpportunityView.class)))
    @ApiResponse(responseCode = "400", description = "a field is not valid; the problem's `errors[].field` names it",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "401", description = "no valid access token", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "another organization's published opportunity", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "no such opportunity, or another organization's draft", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "no longer a draft", content = @Content(mediaType = "application/problem+json"))
    @Put("/{id}")
    public OpportunityView revise(Authentication auth, UUID id, @Body @Valid OpportunityForm form) {
        return service.revise(Caller.of(auth), id, form);
    }
}
