package org.maillage.contracts.award;

import org.maillage.contracts.api.http.AwardForm;
import org.maillage.contracts.api.http.ContractView;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import org.maillage.platform.security.Caller;

import java.net.URI;
import java.util.UUID;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

/** The buyer's decisions after the deadline. The service checks the caller's organization is the buyer. */
@Tag(name = "awards")
@Controller("/api/opportunities/{opportunityId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
public class AwardController {

    private final AwardService awards;

    public AwardController(AwardService awards) {
        this.awards = awards;
    }

    @Operation(summary = "Award the opportunity to a response", description = "Who: the buying organization's accounts, after the deadline, once. Creates the contract.")
    @ApiResponse(responseCode = "201", description = "awarded: the contract", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ContractView.class)))
    @ApiResponse(responseCode = "409", description = "before the deadline, or already decided")
    @Post("/award")
    public HttpResponse<ContractView> award(Authentication auth, UUID opportunityId, @Body @Valid AwardForm body) {
        ContractView contract = awards.award(Caller.of(auth), opportunityId, body.responseId(), body.startsOn(), body.endsOn());
        return HttpResponse.created(contract, URI.create("/api/contracts/" + contract.id()));
    }

    @Operation(summary = "Reject a response with a reason", description = "Who: the buying organization's accounts, after the deadline.")
    @ApiResponse(responseCode = "409", description = "before the deadline, or already decided")
    @Post("/responses/{responseId}/reject")
    @Status(HttpStatus.NO_CONTENT)
    public void reject(Authentication auth, UUID opportunityId, UUID responseId, @Body @Valid AwardForms.Reason body) {
        awards.reject(Caller.of(auth), opportunityId, responseId, body.reason());
    }

    @Operation(summary = "Shortlist a response", description = "Who: the buying organization's accounts, after the deadline.")
    @ApiResponse(responseCode = "409", description = "before the deadline, or already decided")
    @Post("/responses/{responseId}/shortlist")
    @Status(HttpStatus.NO_CONTENT)
    public void shortlist(Authentication auth, UUID opportunityId, UUID responseId) {
        awards.shortlist(Caller.of(auth), opportunityId, responseId);
    }

    @Operation(summary = "Declare the call unsuccessful", description = "Who: the buying organization's accounts, after the deadline, with a reason.")
    @ApiResponse(responseCode = "409", description = "before the deadline, or already decided")
    @Post("/unsuccessful")
    @Status(HttpStatus.NO_CONTENT)
    public void unsuccessful(Authentication auth, UUID opportunityId, @Body @Valid AwardForms.Reason body) {
        awards.unsuccessful(Caller.of(auth), opportunityId, body.reason());
    }
}
