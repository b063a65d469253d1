package org.maillage.directory.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.maillage.directory.pilot.PilotService;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;
import org.maillage.platform.security.Roles;

import java.util.List;
import java.util.UUID;

/** Who has not signed in yet: the accounts a coordinator opened in its pilot that were never used. */
@Tag(name = "auth")
@Controller("/api/pilots/{id}/accounts/never-signed-in")
public class SignInController {

    private final SignInRepository signIns;
    private final PilotService pilots;

    public SignInController(SignInRepository signIns, PilotService pilots) {
        this.signIns = signIns;
        this.pilots = pilots;
    }

    @Operation(summary = "List a pilot's accounts that have never signed in",
            description = "Who: a COORDINATOR of that pilot. BUYER and SUPPLIER accounts of the pilot no one has signed in with yet, oldest invitation first, with when each was opened; a new one-time code is issued with POST /api/accounts/{id}/password-reset.")
    @ApiResponse(responseCode = "200", description = "a page of accounts; `next` is the cursor of the following one")
    @ApiResponse(responseCode = "400", description = "a limit out of 1 to 100 or a cursor that is not one")
    @ApiResponse(responseCode = "401", description = "not signed in")
    @ApiResponse(responseCode = "403", description = "not a coordinator of this pilot")
    @ApiResponse(responseCode = "404", description = "no such pilot")
    @Get
    @Secured(Roles.COORDINATOR)
    @SecurityRequirement(name = "bearer")
    public NeverSignedInPage list(Authentication auth, UUID id, @QueryValue @Nullable UUID cursor,
                                  @QueryValue @Nullable @Min(1) @Max(100) Integer limit) {
        if (!pilots.exists(id)) {
            throw ProblemException.notFound("Pilot", id);
        }
        if (!Caller.of(auth).coordinates(id)) {
            throw ProblemException.forbidden("Only a coordinator of this pilot sees its accounts.");
        }
        int size = limit == null ? 50 : limit;
        List<NeverSignedInPage.Account> rows = signIns.neverSignedIn(id.toString(), cursor, size + 1).stream()
                .map(a -> new NeverSignedInPage.Account(a.id(), a.email(), a.role(), a.organizationId(), a.organizationName(),
                        a.language(), a.createdAt())).toList();
        boolean more = rows.size() > size;
        List<NeverSignedInPage.Account> page = more ? rows.subList(0, size) : rows;
        return new NeverSignedInPage(List.copyOf(page), more ? page.get(size - 1).id().toString() : null);
    }
}
