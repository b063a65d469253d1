package org.maillage.reporting.opendata;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.util.Map;
import java.util.UUID;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;

/** Open data: public, for anyone to download and check. */
@Tag(name = "open data")
@Controller("/api/opendata/pilots/{pilotId}")
@Secured(SecurityRule.IS_ANONYMOUS)
public class OpenDataController {

    private final OcdsExport ocds;

    public OpenDataController(OcdsExport ocds) {
        this.ocds = ocds;
    }

    @Operation(summary = "A pilot's open data (OCDS 1.1.5)", description = "Who: anyone, signed in or not. Public data only: no response content, no offered prices, no people.")
    @Get("/ocds")
    @ApiResponse(responseCode = "200", description = "an OCDS 1.1.5 release package, with the sustainability extension",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    public Map<String, Object> releasePackage(UUID pilotId) {
        return ocds.releasePackage(pilotId, "https://maillage.org/api/opendata/pilots/" + pilotId + "/ocds");
    }
}
