package org.maillage.notification.reach;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.maillage.notification.opportunity.OpportunityRepository;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;

import java.util.UUID;

/**
 * For the buyer of an opportunity: how many enterprises its alerts reached by email, apart from how many it matched (a match
 * is told by email only to people who agreed to alerts). notification-service knows each opportunity's buyer from the events.
 */
@Tag(name = "notifications")
@Controller("/api/notifications/opportunities/{id}/alerts")
@SecurityRequirement(name = "bearer")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class AlertReachController {

    private final OpportunityRepository opportunities;
    private final AlertReachRepository reach;

    public AlertReachController(OpportunityRepository opportunities, AlertReachRepository reach) {
        this.opportunities = opportunities;
        this.reach = reach;
    }

    @Operation(summary = "How far an opportunity's alerts reached", description = "Who: a person of the opportunity's buying "
            + "organization; anyone else is answered 404, as for an opportunity not known here (not yet published, or its events "
            + "not yet read).")
    @ApiResponse(responseCode = "200", description = "the enterprises matched, told by email, and waiting for their daily digest")
    @ApiResponse(responseCode = "404", description = "no such opportunity of the caller's organization")
    @Get
    @Transactional(readOnly = true)
    public AlertReach reach(Authentication auth, UUID id) {
        Caller me = Caller.of(auth);
        opportunities.findById(id).filter(o -> me.belongsTo(o.buyerId()))
                .orElseThrow(() -> ProblemException.notFound("Opportunity", id));
        return reach.reach(id);
    }
}
