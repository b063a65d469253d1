package org.maillage.directory.organization;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.maillage.platform.security.Caller;

import java.util.UUID;

/** An institution's decision units as its buyers keep them (adding one is POST /api/institutions/{id}/decision-units). */
@Tag(name = "directory")
@Controller("/api/institutions/{id}/decision-units")
@Secured(SecurityRule.IS_AUTHENTICATED) // the service checks the institution: its own buyers keep, its pilots' coordinators read
@SecurityRequirement(name = "bearer")
public class DecisionUnitController {

    private final DecisionUnits units;

    public DecisionUnitController(DecisionUnits units) {
        this.units = units;
    }

    @Operation(summary = "List an institution's decision units, retired ones included",
            description = "Who: the institution's own accounts, or a COORDINATOR of one of its pilots (else 403). The public profile shows only the units that still buy.")
    @ApiResponse(responseCode = "200", description = "every unit, by name; next is always null", content = @Content(mediaType = "application/json", schema = @Schema(implementation = DecisionUnitView.Listing.class)))
    @ApiResponse(responseCode = "401", description = "not signed in")
    @ApiResponse(responseCode = "403", description = "not the institution's account nor a coordinator of its pilots")
    @ApiResponse(responseCode = "404", description = "no such institution")
    @Get
    public DecisionUnitView.Listing list(Authentication auth, UUID id) {
        return units.all(Caller.of(auth), id);
    }

    @Operation(summary = "Change a decision unit: its name, what and how it buys, its threshold and calendar",
            description = "Who: a BUYER of the institution only (403 to others, coordinators included). A retired unit no longer changes (409 naming retiredOn).")
    @ApiResponse(responseCode = "200", description = "the unit as changed", content = @Content(mediaType = "application/json", schema = @Schema(implementation = DecisionUnitView.class)))
    @ApiResponse(responseCode = "400", description = "a field is invalid (named in the problem)")
    @ApiResponse(responseCode = "401", description = "not signed in")
    @ApiResponse(responseCode = "403", description = "not a buyer of this institution")
    @ApiResponse(responseCode = "404", description = "no such institution, or no such unit in it")
    @ApiResponse(responseCode = "409", description = "the unit is retired")
    @Put("/{unit}")
    public DecisionUnitView change(Authentication auth, UUID id, UUID unit, @Body @Valid DecisionUnitForm form) {
        return units.change(Caller.of(auth), id, unit, form);
    }

    @Operation(summary = "Retire a decision unit",
            description = "Who: a BUYER of the institution only (403 to others). The unit stays listed for what names it; nothing new may name it (opportunities, contracts, contacts, people).")
    @ApiResponse(responseCode = "200", description = "the unit, retired today (Montréal date)", content = @Content(mediaType = "application/json", schema = @Schema(implementation = DecisionUnitView.class)))
    @ApiResponse(responseCode = "401", description = "not signed in")
    @ApiResponse(responseCode = "403", description = "not a buyer of this institution")
    @ApiResponse(responseCode = "404", description = "no such institution, or no such unit in it")
    @ApiResponse(responseCode = "409", description = "already retired")
    @Post("/{unit}/retire")
    public DecisionUnitView retire(Authentication auth, UUID id, UUID unit) {
        return units.retire(Caller.of(auth), id, unit);
    }
}
