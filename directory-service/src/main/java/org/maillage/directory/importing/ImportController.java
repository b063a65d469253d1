package org.maillage.directory.importing;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.maillage.platform.security.Caller;
import org.maillage.platform.security.Roles;

import java.util.UUID;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Coordinators keep their members in spreadsheets: CSV in, a report of every row out. */
@Tag(name = "directory")
@Controller("/api/pilots/{pilotId}/imports")
@Secured(Roles.COORDINATOR)
@SecurityRequirement(name = "bearer")
public class ImportController {

    private final EnterpriseImport enterprises;

    public ImportController(EnterpriseImport enterprises) {
        this.enterprises = enterprises;
    }

    /**
     * @param dryRun true: check every row and report, write nothing. Text, not a boolean: the framework reads
     *               anything but "true" (a "oui", a typo) as false, and a dry run must never turn into a real one.
     */
    @Operation(summary = "Import enterprises from a CSV file", description = "Who: a COORDINATOR of that pilot. With dryRun=true nothing is written and every bad cell is reported; otherwise a file with any bad row is refused whole.")
    @ApiResponse(responseCode = "200", description = "the import's report")
    @ApiResponse(responseCode = "422", description = "rows refused: nothing written")
    @Post("/enterprises")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public ImportReport importEnterprises(Authentication auth, UUID pilotId,
                                          @QueryValue(defaultValue = "false") @Size(max = 5)
                                          @Pattern(regexp = "true|false", message = "must be true or false / doit être true ou false") String dryRun,
                                          @Body @Size(max = 1_000_000) String csv) {
        return enterprises.run(Caller.of(auth), pilotId, csv, Boolean.parseBoolean(dryRun));
    }
}
