package org.maillage.directory.organization;

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
import java.sql.SQLException;
import java.util.UUID;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "directory")
@Controller("/api/institutions")
public class InstitutionController {

    private final OrganizationService service;
    private final OrganizationStore store;

    public InstitutionController(OrganizationService service, OrganizationStore store) {
        this.service = service;
        this.store = store;
    }

    @Post
    @Secured(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    public HttpResponse<OrganizationDetails> register(Authentication auth, @Body @Valid InstitutionForm form) throws SQLException {
        OrganizationDetails o = service.registerInstitution(Caller.of(auth), form);
        return HttpResponse.created(o, URI.create("/api/institutions/" + o.id()));
    }

    @Post("/{id}/decision-units")
    @Secured(SecurityRule.IS_AUTHENTICATED) // the service checks: its own accounts or a coordinator of its pilots
    @SecurityRequirement(name = "bearer")
    public OrganizationDetails addDecisionUnit(Authentication auth, UUID id, @Body @Valid DecisionUnitForm unit) throws SQLException {
        return service.addDecisionUnit(Caller.of(auth), id, unit);
    }

    /** An institution with its decision units: who buys what, how, and when. */
    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public OrganizationDetails show(UUID id) {
        return store.find(id).filter(o -> o.kind().equals("INSTITUTION")).orElseThrow(() -> ProblemException.notFound("Institution", id));
    }
}
