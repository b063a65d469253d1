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

import java.net.URI;
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

    @Post("/{id}/confirm")
    public ContractView confirm(Authentication auth, UUID id) {
        return contracts.confirm(Caller.of(auth), id);
    }
}
