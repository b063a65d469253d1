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

import java.util.UUID;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

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
    @Operation(summary = "Search the directory", description = "Who: anyone, signed in or not. Active organizations only, in French and English, accents ignored; facets count each filter's values.")
    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    public SearchPage search(@Valid @RequestBean SearchCriteria criteria) {
        return search.search(criteria);
    }

    @Operation(summary = "Approve a pending application", description = "Who: a COORDINATOR of one of the organization's pilots.")
    @ApiResponse(responseCode = "409", description = "not pending")
    @Post("/{id}/approve")
    @Secured(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    public OrganizationDetails approve(Authentication auth, UUID id) {
        return service.approve(Caller.of(auth), id);
    }

    /** Organizations are never deleted: contracts refer to them. */
    @Operation(summary = "Deactivate an organization", description = "Who: a COORDINATOR of every pilot the organization belongs to. It leaves the search; its contracts stay.")
    @Post("/{id}/deactivate")
    @Secured(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    public OrganizationDetails deactivate(Authentication auth, UUID id) {
        return service.deactivate(Caller.of(auth), id);
    }

    @Operation(summary = "Reactivate an organization", description = "Who: a COORDINATOR of every pilot the organization belongs to.")
    @Post("/{id}/reactivate")
    @Secured(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    public OrganizationDetails reactivate(Authentication auth, UUID id) {
        return service.reactivate(Caller.of(auth), id);
    }
}
