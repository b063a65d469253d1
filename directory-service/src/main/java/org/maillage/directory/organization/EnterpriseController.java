package org.maillage.directory.organization;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
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
@Controller("/api/enterprises")
public class EnterpriseController {

    private final OrganizationService service;
    private final OrganizationStore store;
    private final ApplicationQuota quota;

    public EnterpriseController(OrganizationService service, OrganizationStore store, ApplicationQuota quota) {
        this.service = service;
        this.store = store;
        this.quota = quota;
    }

    /** A coordinator registers an enterprise in a pilot it runs: active at once. */
    @Post
    @Secured(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    public HttpResponse<OrganizationDetails> register(Authentication auth, @Body @Valid EnterpriseForm form) throws SQLException {
        return created(service.registerEnterprise(Caller.of(auth), form));
    }

    /** An enterprise applies to join a pilot: pending until a coordinator of that pilot approves; so many a day per address. */
    @Post("/applications")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<OrganizationDetails> apply(HttpRequest<?> request, @Body @Valid EnterpriseForm form) throws SQLException {
        quota.spend(ClientAddress.of(request));
        return created(service.registerEnterprise(null, form));
    }

    /** The whole profile again, as registered; the NEQ cannot change. */
    @Put("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED) // the service checks: its own accounts or a coordinator of its pilots
    @SecurityRequirement(name = "bearer")
    public OrganizationDetails update(Authentication auth, UUID id, @Body @Valid EnterpriseForm form) throws SQLException {
        return service.updateEnterprise(Caller.of(auth), id, form);
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public OrganizationDetails show(UUID id) {
        return store.find(id).filter(o -> o.kind().equals("ENTERPRISE")).orElseThrow(() -> ProblemException.notFound("Enterprise", id));
    }

    private static HttpResponse<OrganizationDetails> created(OrganizationDetails o) {
        return HttpResponse.created(o, URI.create("/api/enterprises/" + o.id()));
    }
}
