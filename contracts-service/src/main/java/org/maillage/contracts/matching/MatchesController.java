package org.maillage.contracts.matching;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.maillage.platform.security.Caller;
import org.maillage.platform.security.Roles;

import java.util.UUID;

/** The buyer's side of matching: who its opportunity reached, who opened it, who is interested and who is not, and why. */
@Tag(name = "opportunities")
@Controller("/api/opportunities/{opportunityId}/matches")
@Secured({Roles.BUYER, Roles.SUPPLIER})
@SecurityRequirement(name = "bearer")
public class MatchesController {

    private final BuyerFunnel funnel;

    public MatchesController(BuyerFunnel funnel) {
        this.funnel = funnel;
    }

    @Operation(summary = "Who my opportunity reached and what each did",
            description = "Who: the buying organization's accounts only. Each enterprise notified on publishing (or that answered "
                    + "without being matched): when it was notified, when it first opened the notice, whether it is interested, and "
                    + "if not, its reason and its own words. `fittingNow` counts the active enterprises that fit the opportunity's "
                    + "categories and regions today: for a draft, how many publishing would notify.")
    @ApiResponse(responseCode = "200", description = "the funnel, enterprise by enterprise",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MatchView.class)))
    @ApiResponse(responseCode = "401", description = "no valid access token", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "not the buying organization (a published opportunity)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "no such opportunity, or another organization's draft",
            content = @Content(mediaType = "application/problem+json"))
    @Get
    public MatchView matches(Authentication auth, UUID opportunityId) {
        return funnel.of(Caller.of(auth), opportunityId);
    }
}
