package org.maillage.contracts.contract;

import org.maillage.contracts.api.http.ContractChangeForms;
import org.maillage.contracts.api.http.ContractForm;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.QueryValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import org.maillage.contracts.api.http.ContractView;
import org.maillage.platform.api.Listing;
import org.maillage.platform.security.Caller;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.net.URI;
import java.util.UUID;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;

/** Contracts, seen and recorded by their parties (the service checks the caller's organization is one). */
@Tag(name = "contracts")
@Controller("/api/contracts")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
public class ContractController {

    private final ContractService contracts;

    public ContractController(ContractService contracts) {
        this.contracts = contracts;
    }

    @Operation(summary = "Record or declare a contract", description = "Who: a BUYER or SUPPLIER account whose organization is the buyer or a supplier. Recorded by the buyer it counts at once; declared by a supplier it counts once the other party confirms.")
    @ApiResponse(responseCode = "201", description = "contract recorded", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ContractView.class)))
    @Post
    public HttpResponse<ContractView> record(Authentication auth, @Body @Valid ContractForm form) {
        ContractView c = contracts.record(Caller.of(auth), form);
        return HttpResponse.created(c, URI.create("/api/contracts/" + c.id()));
    }

    /** The declared contracts waiting for the caller's organization to confirm or reject them. */
    @Operation(summary = "Declared contracts waiting for my confirmation", description = "Who: a BUYER or SUPPLIER account; those declared with its own organization.")
    @Get("/declared")
    @ApiResponse(responseCode = "200", description = "contracts declared with the caller's organization, awaiting its word, at most 200, in one answer (`next` is null)")
    public Listing<ContractView> declared(Authentication auth) {
        return Listing.complete(contracts.awaiting(Caller.of(auth)));
    }

    /** The caller's organization's own contracts, so a party can find them again without knowing their ids. */
    @Operation(summary = "My organization's contracts", description = "Who: a BUYER or SUPPLIER account; the contracts its own organization is a party to "
            + "(buyer or supplier; awarded, recorded, declared, confirmed or rejected), newest first. Others' contracts never appear.")
    @Get("/mine{?limit,cursor}")
    @ApiResponse(responseCode = "200", description = "a page of the contracts of the caller's organization, newest first (`limit`, 100 by "
            + "default), and the cursor of the next page (null on the last)")
    @ApiResponse(responseCode = "400", description = "limit outside 1 to 500, or a cursor that is not a page's `next`")
    @ApiResponse(responseCode = "401", description = "no valid token")
    public Listing<ContractView> mine(Authentication auth, @Nullable @QueryValue @Min(1) @Max(500) Integer limit,
                                      @Nullable @QueryValue @Size(max = 100) String cursor) {
        return contracts.ofMine(Caller.of(auth), cursor, limit == null ? 100 : limit);
    }

    @Operation(summary = "Read a contract with its history", description = "Who: its parties only (404 to others).")
    @Get("/{id}")
    public ContractView show(Authentication auth, UUID id) {
        return contracts.show(Caller.of(auth), id);
    }

    @Operation(summary = "Start, complete, terminate or cancel a contract", description = "Who: the buyer's accounts, once the contract is confirmed; a reason to terminate or cancel.")
    @ApiResponse(responseCode = "409", description = "not confirmed, or not allowed from its status")
    @Post("/{id}/status")
    public ContractView changeStatus(Authentication auth, UUID id, @Body @Valid ContractChangeForms.StatusChange form) {
        return contracts.changeStatus(Caller.of(auth), id, form);
    }

    @Operation(summary = "Amend a contract's value or end date", description = "Who: the buyer's accounts, once confirmed, with a reason.")
    @ApiResponse(responseCode = "409", description = "not confirmed, or closed")
    @Post("/{id}/amendments")
    public ContractView amend(Authentication auth, UUID id, @Body @Valid ContractChangeForms.Amendment form) {
        return contracts.amend(Caller.of(auth), id, form);
    }

    @Operation(summary = "Reject a declared contract", description = "Who: the other party's accounts, with a reason.")
    @ApiResponse(responseCode = "409", description = "already confirmed or rejected")
    @Post("/{id}/reject")
    public ContractView reject(Authentication auth, UUID id, @Body @Valid ContractChangeForms.Rejection form) {
        return contracts.reject(Caller.of(auth), id, form.reason());
    }

    @Operation(summary = "Confirm a declared contract", description = "Who: the other party's accounts (the institution for a contract with an institution), not the declarer's.")
    @ApiResponse(responseCode = "409", description = "already confirmed, or the caller declared it")
    @Post("/{id}/confirm")
    public ContractView confirm(Authentication auth, UUID id) {
        return contracts.confirm(Caller.of(auth), id);
    }
}
