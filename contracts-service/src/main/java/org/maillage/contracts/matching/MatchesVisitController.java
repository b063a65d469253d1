package org.maillage.contracts.matching;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.maillage.platform.security.Caller;
import org.maillage.platform.security.Roles;

/** A person's visits to its enterprise's matches: what is new to it is what was matched since its previous visit. */
@Tag(name = "opportunities")
@Controller("/api/opportunities/matched/visits")
@Secured(Roles.SUPPLIER)
@SecurityRequirement(name = "bearer")
public class MatchesVisitController {

    private final MatchesVisits visits;

    public MatchesVisitController(MatchesVisits visits) {
        this.visits = visits;
    }

    @Operation(summary = "Record that I am looking at my matches", description = "Who: a SUPPLIER account, for itself alone (not its "
            + "colleagues). Looks less than 30 minutes apart are one visit; answers when the caller's previous visit ended and "
            + "which open matches the caller opened itself (GET /api/opportunities/{id} records it), so that what was matched after "
            + "that visit (notifiedAt in GET /api/opportunities/interest/mine) and not opened yet is marked new.")
    @Post
    @ApiResponse(responseCode = "200", description = "the caller's previous visit (null on its first) and what it opened",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MatchesVisit.class)))
    @ApiResponse(responseCode = "401", description = "no valid token")
    @ApiResponse(responseCode = "403", description = "not a SUPPLIER account")
    public MatchesVisit look(Authentication auth) {
        return visits.look(Caller.of(auth));
    }
}
