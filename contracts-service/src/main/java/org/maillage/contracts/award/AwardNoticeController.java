package org.maillage.contracts.award;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.maillage.contracts.api.http.AwardNotice;
import org.maillage.contracts.api.http.ContractOrigin;
import org.maillage.contracts.contract.ContractRepository;
import org.maillage.contracts.opportunity.OpportunityService;
import org.maillage.contracts.opportunity.OpportunityStatus;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;

import java.util.Arrays;
import java.util.UUID;

/** The public award notice: read by anyone once a call is awarded, from the contract the award made. */
@Tag(name = "awards")
@Controller("/api/opportunities/{opportunityId}/award")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AwardNoticeController {

    private final OpportunityService opportunities;
    private final ContractRepository contracts;

    public AwardNoticeController(OpportunityService opportunities, ContractRepository contracts) {
        this.opportunities = opportunities;
        this.contracts = contracts;
    }

    @Operation(summary = "Read an awarded call's award notice",
            description = "Who: anyone, signed in or not: the enterprises awarded, the amount and the date, as the notice of a public call publishes them.")
    @ApiResponse(responseCode = "404", description = "no such opportunity, or it is not awarded")
    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    public AwardNotice show(@Nullable Authentication auth, UUID opportunityId) {
        var o = opportunities.show(auth == null ? null : Caller.of(auth), opportunityId);
        if (!OpportunityStatus.AWARDED.name().equals(o.status())) {
            throw ProblemException.notFound("Award", opportunityId);
        }
        var contract = contracts.findFirstByOpportunityIdAndOrigin(opportunityId, ContractOrigin.AWARD.name())
                .orElseThrow(() -> ProblemException.notFound("Award", opportunityId));
        return new AwardNotice(opportunityId, Arrays.stream(contract.supplierIds()).map(UUID::fromString).toList(), contract.valueCad(),
                contract.createdAt());
    }
}
