package org.maillage.contracts.contract;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import org.maillage.contracts.award.ContractView;
import org.maillage.platform.security.Caller;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.tags.Tag;

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

    @Post
    public HttpResponse<ContractView> record(Authentication auth, @Body @Valid ContractForm form) {
        ContractView c = contracts.record(Caller.of(auth), form);
        return HttpResponse.created(c, URI.create("/api/contracts/" + c.id()));
    }

    /** The declared contracts waiting for the caller's organization to confirm or reject them. */
    @Get("/declared")
    @ApiResponse(responseCode = "200", description = "contracts declared with the caller's organization, awaiting its word",
            content = @Content(array = @ArraySchema(maxItems = 200, schema = @Schema(implementation = ContractView.class))))
    public List<ContractView> declared(Authentication auth) {
        return contracts.awaiting(Caller.of(auth));
    }

    @Get("/{id}")
    public ContractView show(Authentication auth, UUID id) {
        return contracts.show(Caller.of(auth), id);
    }

    @Post("/{id}/status")
    public ContractView changeStatus(Authentication auth, UUID id, @Body @Valid ContractChangeForms.StatusChange form) {
        return contracts.changeStatus(Caller.of(auth), id, form);
    }

    @Post("/{id}/amendments")
    public ContractView amend(Authentication auth, UUID id, @Body @Valid ContractChangeForms.Amendment form) {
        return contracts.amend(Caller.of(auth), id, form);
    }

    @Post("/{id}/reject")
    public ContractView reject(Authentication auth, UUID id, @Body @Valid ContractChangeForms.Rejection form) {
        return contracts.reject(Caller.of(auth), id, form.reason());
    }

    @Post("/{id}/confirm")
    public ContractView confirm(Authentication auth, UUID id) {
        return contracts.confirm(Caller.of(auth), id);
    }
}
