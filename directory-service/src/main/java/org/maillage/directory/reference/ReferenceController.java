package org.maillage.directory.reference;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.maillage.platform.api.Listing;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;

/** The codes forms and filters use, with their French and English labels. Public. */
@Tag(name = "directory")
@Controller("/api")
@Secured(SecurityRule.IS_ANONYMOUS)
public class ReferenceController {

    private final ReferenceData reference;

    public ReferenceController(ReferenceData reference) {
        this.reference = reference;
    }

    @Operation(summary = "Categories (UNSPSC segments and families)", description = "Who: anyone, signed in or not. French and English labels.")
    @Get("/categories")
    @ApiResponse(responseCode = "200", description = "UNSPSC segments and families, in one answer (`next` is null)")
    public Listing<ReferenceData.Category> categories() {
        return Listing.complete(reference.categories());
    }

    @Operation(summary = "Québec's administrative regions", description = "Who: anyone, signed in or not. French and English labels.")
    @Get("/regions")
    @ApiResponse(responseCode = "200", description = "Québec's 17 administrative regions, in one answer (`next` is null)")
    public Listing<ReferenceData.Region> regions() {
        return Listing.complete(reference.regions());
    }
}
