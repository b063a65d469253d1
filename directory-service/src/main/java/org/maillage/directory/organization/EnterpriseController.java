package org.maillage.directory.organization;

import io.micronaut.core.annotation.Nullable;
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
import java.util.UUID;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

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
    @Operation(summary = "Register an enterprise", description = "Who: a COORDINATOR, into a pilot it runs; the enterprise is active at once.")
    @ApiResponse(responseCode = "201", description = "enterprise registered", content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrganizationDetails.class)))
    @ApiResponse(responseCode = "409", description = "an organization with this NEQ exists")
    @Post
    @Secured(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    public HttpResponse<OrganizationDetails> register(Authentication auth, @Body @Valid EnterpriseForm form) {
        return created(service.registerEnterprise(Caller.of(auth), form));
    }

    /** An enterprise applies to join a pilot: pending until a coordinator of that pilot approves; so many a day per address. */
    @Operation(summary = "Apply to join a pilot as an enterprise", description = "Who: anyone, signed in or not. The enterprise stays PENDING until a coordinator of the pilot approves it; limited per address and per day.")
    @ApiResponse(responseCode = "201", description = "application received", content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrganizationDetails.class)))
    @ApiResponse(responseCode = "409", description = "an organization with this NEQ exists")
    @Post("/applications")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<OrganizationDetails> apply(HttpRequest<?> request, @Body @Valid EnterpriseForm form) {
        quota.spend(ClientAddress.of(request));
        return created(service.registerEnterprise(null, form));
    }

    /** The whole profile again, as registered; the NEQ cannot change. */
    @Operation(summary = "Update an enterprise's profile", description = "Who: the enterprise's own SUPPLIER accounts, or a COORDINATOR of every pilot it belongs to. The NEQ cannot change.")
    @ApiResponse(responseCode = "409", description = "the NEQ cannot change")
    @Put("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED) // the service checks: its own accounts or a coordinator of its pilots
    @SecurityRequirement(name = "bearer")
    public OrganizationDetails update(Authentication auth, UUID id, @Body @Valid EnterpriseForm form) {
        return service.updateEnterprise(Caller.of(auth), id, form);
    }

    @Operation(summary = "Read an enterprise's public profile", description = "Who: anyone, signed in or not, for a member of a pilot; an "
            + "application (PENDING or REFUSED) only for its own accounts and the coordinators of its pilots, 404 to anyone else. No personal details.")
    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public OrganizationDetails show(@Nullable Authentication auth, UUID id) {
        return store.findSeenBy(auth == null ? null : Caller.of(auth), id).filter(o -> o.kind().equals("ENTERPRISE"))
                .orElseThrow(() -> ProblemException.notFound("Enterprise", id));
    }

    private static HttpResponse<OrganizationDetails> created(OrganizationDetails o) {
        return HttpResponse.created(o, URI.create("/api/enterprises/" + o.id()));
    }
}
