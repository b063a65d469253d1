package org.maillage.directory.organization;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.maillage.platform.security.Roles;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import org.maillage.platform.problem.ProblemException;

import java.net.URI;
import java.util.UUID;

@Controller("/api/enterprises")
public class EnterpriseController {

    private final OrganizationService service;

    public EnterpriseController(OrganizationService service) {
        this.service = service;
    }

    @Post
    @Secured(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    public HttpResponse<OrganizationView> register(@Body @Valid RegisterEnterprise request) {
        OrganizationView created = service.registerEnterprise(request);
        return HttpResponse.created(created, URI.create("/api/enterprises/" + created.id()));
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public OrganizationView show(UUID id) {
        return service.find(id).orElseThrow(() -> ProblemException.notFound("Enterprise", id));
    }
}
