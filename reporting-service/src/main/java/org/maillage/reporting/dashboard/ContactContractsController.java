package org.maillage.reporting.dashboard;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;

import java.util.UUID;

/** Which of a pilot's contacts led to a contract: for the coordinators' referral map. */
@Tag(name = "reports")
@Controller("/api/reports/pilots/{pilotId}/contacts/contracts")
public class ContactContractsController {

    private final ContactContracts contacts;

    public ContactContractsController(ContactContracts contacts) {
        this.contacts = contacts;
    }

    @Operation(summary = "The pilot's contacts that led to a contract",
            description = "Who: a COORDINATOR of the pilot (contacts are private to their parties and the pilot's coordinators). Each contact whose two organizations signed a confirmed, not cancelled contract in the pilot in the contact's month or later, with the first such month.")
    @ApiResponse(responseCode = "200", description = "every such contact; `next` is null")
    @ApiResponse(responseCode = "401", description = "not signed in")
    @ApiResponse(responseCode = "403", description = "not a coordinator of this pilot")
    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @SecurityRequirement(name = "bearer")
    public ContactContracts.Page list(Authentication auth, UUID pilotId) {
        if (!Caller.of(auth).coordinates(pilotId)) {
            throw ProblemException.forbidden("Only the pilot's coordinators see its contacts.");
        }
        return contacts.of(pilotId);
    }
}
