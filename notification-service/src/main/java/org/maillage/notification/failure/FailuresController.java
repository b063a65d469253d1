package org.maillage.notification.failure;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.maillage.platform.api.Listing;
import org.maillage.platform.security.Caller;
import org.maillage.platform.security.Roles;

import java.util.UUID;

/**
 * For coordinators: the addresses of their pilots' members that the SMTP server refused for good, newest first,
 * so someone can ask the organization for a working one. Only members of the caller's own pilots are listed.
 */
@Tag(name = "notifications")
@Controller("/api/notifications/failures")
@SecurityRequirement(name = "bearer")
@Secured(Roles.COORDINATOR)
public class FailuresController {

    private final FailedDeliveries failures;

    public FailuresController(FailedDeliveries failures) {
        this.failures = failures;
    }

    @Operation(summary = "Addresses refused for good", description = "Who: a COORDINATOR; addresses of members of its own pilots that the mail server refused for good.")
    @ApiResponse(responseCode = "200", description = "the most recent 500 refusals in the caller's pilots, newest first, at most 500, in one answer (`next` is null)")
    @Get
    public Listing<FailedDelivery> list(Authentication auth) {
        return Listing.complete(failures.inPilots(Caller.of(auth).pilots().stream().map(UUID::toString).toArray(String[]::new)));
    }
}
