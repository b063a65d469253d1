package org.maillage.directory.organization;

import io.micronaut.core.annotation.Nullable;
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
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;
import org.maillage.platform.security.Roles;

import java.net.URI;
import java.util.UUID;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

@Tag(name = "directory")
@Controller("/api/institutions")
public class InstitutionController {

    private final OrganizationService service;
    private final OrganizationStore store;

    public InstitutionController(OrganizationService service, OrganizationStore store) {
        this.service = service;
        this.store = store;
    }

    @Operation(summary = "Register an institution", description = "Who: a COORDINATOR, into a pilot it runs.")
    @ApiResponse(responseCode = "201", description = "institution registered", content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrganizationDetails.class)))
    @Post
    @Secured(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    public HttpResponse<OrganizationDetails> register(Authentication auth, @Body @Valid InstitutionForm form) {
        OrganizationDetails o = service.registerInstitution(Caller.of(auth), form);
        return HttpResponse.created(o, URI.create("/api/institutions/" + o.id()));
    }

    @Operation(summary = "Add a decision unit to an institution", description = "Who: the institution's BUYER accounts, or a COORDINATOR of its pilots.")
    @ApiResponse(responseCode = "201", description = "decision unit added")
    @Post("/{id}/decision-units")
    @Secured(SecurityRule.IS_AUTHENTICATED) // the service checks: its own accounts or a coordinator of its pilots
    @SecurityRequirement(name = "bearer")
    public OrganizationDetails addDecisionUnit(Authentication auth, UUID id, @Body @Valid DecisionUnitForm unit) {
        return service.addDecisionUnit(Caller.of(auth), id, unit);
    }

    /** An institution with its decision units: who buys what, how, and when. */
    @Operation(summary = "Read an institution with its decision units", description = "Who: anyone, signed in or not. Who buys what, thresholds, methods; no personal details.")
    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public OrganizationDetails show(@Nullable Authentication auth, UUID id) {
        return store.findSeenBy(auth == null ? null : Caller.of(auth), id).filter(o -> o.kind().equals("INSTITUTION"))
                .orElseThrow(() -> ProblemException.notFound("Institution", id));
    }
}
