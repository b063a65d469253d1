package org.maillage.directory.organization;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import org.maillage.platform.security.Caller;
import org.maillage.platform.security.Roles;

import java.sql.SQLException;
import java.util.UUID;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Enterprises and institutions together: search, approval, deactivation and reactivation. */
@Tag(name = "directory")
@Controller("/api/organizations")
public class OrganizationController {

    private final OrganizationSearch search;
    private final OrganizationService service;

    public OrganizationController(OrganizationSearch search, OrganizationService service) {
        this.search = search;
        this.service = service;
    }

    /** Public: active organizations only, no personal data. */
    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    public SearchPage search(@Valid @RequestBean SearchCriteria criteria) {
        return search.search(criteria);
    }

    @Post("/{id}/approve")
    @Secured(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    public OrganizationDetails approve(Authentication auth, UUID id) throws SQLException {
        return service.approve(Caller.of(auth), id);
    }

    /** Organizations are never deleted: contracts refer to them. */
    @Post("/{id}/deactivate")
    @Secured(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    public OrganizationDetails deactivate(Authentication auth, UUID id) throws SQLException {
        return service.deactivate(Caller.of(auth), id);
    }

    @Post("/{id}/reactivate")
    @Secured(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    public OrganizationDetails reactivate(Authentication auth, UUID id) throws SQLException {
        return service.reactivate(Caller.of(auth), id);
    }
}
