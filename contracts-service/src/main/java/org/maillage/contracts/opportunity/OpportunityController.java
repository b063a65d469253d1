package org.maillage.contracts.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import org.maillage.contracts.matching.InterestService;
import org.maillage.contracts.matching.MatchesVisits;
import org.maillage.platform.api.Listing;
import org.maillage.platform.security.Caller;
import org.maillage.platform.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;

@Tag(name = "opportunities")
@Controller("/api/opportunities")
public class OpportunityController {

    private final OpportunityService service;
    private final OpportunityStore store;
    private final OpportunitySearch search;
    private final InterestService interest;
    private final MatchesVisits visits;

    public OpportunityController(OpportunityService service, OpportunityStore store, OpportunitySearch search, InterestService interest,
                                  MatchesVisits visits) {
        this.service = service;
        this.store = store;
        this.search = search;
        this.interest = interest;
        this.visits = visits;
    }

    /** Institutions buy; enterprises buy from each other too. */
    @Operation(summary = "Draft an opportunity", description = "Who: a BUYER account, or a SUPPLIER account of an enterprise that buys, for its own organization (known and active). A time without offset is Montréal time. See docs/opportunity-lifecycle.md.")
    @ApiResponse(responseCode = "201", description = "draft created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = OpportunityView.class)))
    @Post
    @Secured({Roles.BUYER, Roles.SUPPLIER})
    @SecurityRequirement(name = "bearer")
    public HttpResponse<OpportunityView> draft(Authentication auth, @Body @Valid OpportunityForm form) {
        OpportunityView o = service.draft(Caller.of(auth), form);
        return HttpResponse.created(o, URI.create("/api/opportunities/" + o.id()));
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "searchOpportunities", summary = "Search the public opportunities",
            description = "Who: anyone, signed in or not.\n\n"
                    + "Everything ever published (never a draft, nor a draft cancelled before publication): open opportunities "
                    + "(PUBLISHED) first, nearest deadline first, then closed, awarded, unsuccessful and cancelled ones, latest "
                    + "deadline first; ties by id. The order is the same with or without words (not by relevance), so a page's "
                    + "`next` cursor is a stable position: paging on while others publish never repeats nor skips an opportunity "
                    + "(one whose status changes between two pages, e.g. closed at its deadline, moves in the order). "
                    + "All filters combine (AND). A withheld estimated value is never shown here. "
                    + "Answers `{\"items\": [...], \"next\": cursor or null}`; pass `next` as `cursor`, with the same other "
                    + "parameters, for the following page. A bad parameter answers 400 (problem+json) naming it.")
    @ApiResponse(responseCode = "200", description = "one page of opportunities, and the cursor of the next page (null on the last)")
    @ApiResponse(responseCode = "400", description = "a parameter is not valid; the problem's `errors[].field` names it",
            content = @Content(mediaType = "application/problem+json"))
    public Listing<OpportunityView> list(@Valid @RequestBean OpportunityQuery query) {
        return search.search(query);
    }

    /** The caller's own organization's opportunities, drafts included, newest first. */
    @Operation(summary = "List my organization's opportunities, drafts included", description = "Who: a BUYER or SUPPLIER account; its own organization's only.")
    @Get("/mine")
    @Secured({Roles.BUYER, Roles.SUPPLIER})
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "the caller's organization's opportunities, drafts included, at most 200, in one answer (`next` is null)")
    public Listing<OpportunityView> mine(Authentication auth) {
        Caller caller = Caller.of(auth);
        return Listing.complete(caller.organizationId() == null ? List.of() : store.ofBuyer(caller.organizationId(), 200));
    }

    @Operation(summary = "Read an opportunity's notice", description = "Who: anyone, signed in or not. A draft exists only for its buyer (404 to everyone else).")
    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public OpportunityView show(@Nullable Authentication auth, UUID id) {
        Caller caller = auth == null ? null : Caller.of(auth);
        OpportunityView o = service.show(caller, id);
        if (caller != null && caller.is(Roles.SUPPLIER)) {
            interest.viewed(caller, id);
            visits.opened(caller, id);
        }
        return o;
    }

    @Operation(summary = "Publish a draft", description = "Who: the buying organization's accounts. Matched enterprises are notified.")
    @ApiResponse(responseCode = "409", description = "not a draft, or the deadline has passed")
    @Post("/{id}/publish")
    @Secured({Roles.BUYER, Roles.SUPPLIER})
    @SecurityRequirement(name = "bearer")
    public OpportunityView publish(Authentication auth, UUID id) throws Exception {
        return service.publish(Caller.of(auth), id);
    }

    @Operation(summary = "Amend a published opportunity with an addendum", description = "Who: the buying organization's accounts, while responses are open; the deadline may only move later.")
    @ApiResponse(responseCode = "409", description = "not open for responses")
    @Post("/{id}/amendments")
    @Secured({Roles.BUYER, Roles.SUPPLIER})
    @SecurityRequirement(name = "bearer")
    public OpportunityView amend(Authentication auth, UUID id, @Body @Valid Amendment amendment) {
        return service.amend(Caller.of(auth), id, amendment);
    }

    @Operation(summary = "Cancel an opportunity", description = "Who: the buying organization's accounts, with a reason. A draft cancelled before publication stays private.")
    @ApiResponse(responseCode = "409", description = "already awarded, unsuccessful or cancelled")
    @Post("/{id}/cancel")
    @Secured({Roles.BUYER, Roles.SUPPLIER})
    @SecurityRequirement(name = "bearer")
    public OpportunityView cancel(Authentication auth, UUID id, @Body @Valid Cancellation cancellation) {
        return service.cancel(Caller.of(auth), id, cancellation);
    }
}
