package org.maillage.contracts.matching;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import org.maillage.contracts.opportunity.OpportunityView;
import org.maillage.platform.api.Listing;
import org.maillage.platform.security.Caller;
import org.maillage.platform.security.Roles;

import java.util.UUID;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;

/** An enterprise's side of matching: what fits it, and whether it is interested. */
@Tag(name = "opportunities")
@Controller("/api/opportunities")
@Secured(Roles.SUPPLIER)
@SecurityRequirement(name = "bearer")
public class MatchingController {

    private final InterestService interest;

    public MatchingController(InterestService interest) {
        this.interest = interest;
    }

    @Operation(summary = "My enterprise's matched open opportunities", description = "Who: a SUPPLIER account; the opportunities matched to its own enterprise.")
    @Get("/matched")
    @ApiResponse(responseCode = "200", description = "open opportunities matched to the caller's enterprise, at most 200, in one answer (`next` is null)")
    public Listing<OpportunityView> matched(Authentication auth) {
        return Listing.complete(interest.matched(Caller.of(auth)));
    }

    @Operation(summary = "Where my enterprise stands with each open opportunity", description = "Who: a SUPPLIER account; its own "
            + "enterprise's matches and answers, for the opportunities still open: when matched, when first opened (null: not yet), "
            + "interested or not and why.")
    @Get("/interest/mine")
    @ApiResponse(responseCode = "200", description = "the caller's enterprise's standing, the latest matched first, at most 200, in one answer (`next` is null)")
    @ApiResponse(responseCode = "401", description = "no valid token")
    @ApiResponse(responseCode = "403", description = "not a SUPPLIER account")
    public Listing<MyInterest> mine(Authentication auth) {
        return Listing.complete(interest.mine(Caller.of(auth)));
    }

    @Operation(summary = "Say whether my enterprise is interested", description = "Who: a SUPPLIER account, for its own enterprise, while responses are open; not interested takes a reason.")
    @ApiResponse(responseCode = "409", description = "responses are closed")
    @Post("/{id}/interest")
    @Status(HttpStatus.NO_CONTENT)
    public void answer(Authentication auth, UUID id, @Body @Valid InterestForm form) {
        interest.answer(Caller.of(auth), id, form);
    }
}
