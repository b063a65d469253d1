package org.maillage.contracts.award;

import org.maillage.contracts.api.http.ContractOrigin;
import org.maillage.contracts.api.http.ContractStatus;
import org.maillage.contracts.api.http.ContractView;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.ContractEventTypes;
import org.maillage.contracts.api.ContractState;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.contracts.api.OpportunityOutcome;
import org.maillage.contracts.contract.ContractRepository;
import org.maillage.contracts.contract.ContractRow;
import org.maillage.contracts.opportunity.OpportunityRow;
import org.maillage.contracts.opportunity.OpportunityService;
import org.maillage.contracts.opportunity.OpportunityStatus;
import org.maillage.contracts.opportunity.OpportunityStore;
import org.maillage.contracts.response.ResponseRepository;
import org.maillage.contracts.response.ResponseRow;
import org.maillage.platform.outbox.Outbox;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * After the deadline the buyer rejects responses, declares the opportunity unsuccessful, or awards one
 * response, which makes the contract. Two awards racing: the opportunity's version decides, the
 * second gets 409 and nothing of it is written.
 */
@Singleton
public class AwardService {

    private static final Sort BY_SUBMISSION = Sort.of(Sort.Order.asc("submittedAt"), Sort.Order.asc("id"));

    private final OpportunityService opportunities;
    private final OpportunityStore store;
    private final ResponseRepository responses;
    private final ContractRepository contracts;
    private final Outbox outbox;
    private final Clock clock;

    public AwardService(OpportunityService opportunities, OpportunityStore store, ResponseRepository responses,
                        ContractRepository contracts, Outbox outbox, Clock clock) {
        this.opportunities = opportunities;
        this.store = store;
        this.responses = responses;
        this.contracts = contracts;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The close, if due, is committed first and on its own: a refused decision does not undo it. */
    public ContractView award(Caller caller, UUID opportunity, UUID responseId, LocalDate startsOn, LocalDate endsOn) {
        opportunities.closeIfDue(opportunity, clock.instant());
        return awardClosed(caller, opportunity, responseId, startsOn, endsOn);
    }

    @Transactional
    ContractView awardClosed(Caller caller, UUID opportunity, UUID responseId, LocalDate startsOn, LocalDate endsOn) {
        OpportunityRow d = decidable(caller, opportunity);
        ResponseRow r = responses.findByIdAndOpportunityIdForUpdate(responseId, opportunity)
                .orElseThrow(() -> ProblemException.notFound("Response", responseId));
        if (!"SUBMITTED".equals(r.status()) && !"SHORTLISTED".equals(r.status())) {
            throw ProblemException.conflict("responseId", "this response is " + r.status() + " and cannot be awarded", Map.of());
        }
        List<UUID> suppliers = new ArrayList<>();
        suppliers.add(r.enterpriseId());
        // only the partners that confirmed their part before the deadline become suppliers
        suppliers.addAll(r.confirmedPartnerIds());
        decide(d, OpportunityStatus.AWARDED, null, "the opportunity changed meanwhile (another award?); reload it");
        responses.update(r.withStatus("AWARDED", null));
        String title = d.titleFr() != null ? d.titleFr() : d.titleEn();
        ContractView contract = new ContractView(UUID.randomUUID(), opportunity, d.buyerId(), suppliers, title, r.priceCad(), startsOn,
                endsOn, ContractStatus.PENDING, ContractOrigin.AWARD, true, null, List.of());
        List<String> categories = List.of(d.categories());
        contracts.save(ContractRow.of(contract, d.decisionUnitId(), categories, d.buyerId(), clock.instant()));
        announceOutcome(opportunity, OpportunityStatus.AWARDED, null);
        opportunities.announceState(opportunity, OpportunityEventTypes.AWARDED_V1);
        outbox.append(ContractsTopics.CONTRACTS, contract.id().toString(), ContractEventTypes.RECORDED_V1, new ContractState(
                contract.id(), opportunity, d.buyerId(), d.decisionUnitId(), suppliers, title, categories, r.priceCad(), startsOn, endsOn,
                contract.status().name(), contract.origin().name(), true, null, d.buyerId(), d.buyerId(), clock.instant()));
        return contract;
    }

    public void reject(Caller caller, UUID opportunity, UUID responseId, String reason) {
        opportunities.closeIfDue(opportunity, clock.instant());
        rejectClosed(caller, opportunity, responseId, reason);
    }

    @Transactional
    void rejectClosed(Caller caller, UUID opportunity, UUID responseId, String reason) {
        decidable(caller, opportunity);
        ResponseRow r = responses.findByIdAndOpportunityIdForUpdate(responseId, opportunity)
                .filter(x -> "SUBMITTED".equals(x.status()) || "SHORTLISTED".equals(x.status()))
                .orElseThrow(() -> ProblemException.conflict("responseId", "no submitted response " + responseId + " to reject", Map.of()));
        responses.update(r.withStatus("REJECTED", reason.strip()));
    }

    /** Keeps a response on the short list; awarding or rejecting it stays open. */
    public void shortlist(Caller caller, UUID opportunity, UUID responseId) {
        opportunities.closeIfDue(opportunity, clock.instant());
        shortlistClosed(caller, opportunity, responseId);
    }

    @Transactional
    void shortlistClosed(Caller caller, UUID opportunity, UUID responseId) {
        decidable(caller, opportunity);
        ResponseRow r = responses.findByIdAndOpportunityIdForUpdate(responseId, opportunity)
                .filter(x -> "SUBMITTED".equals(x.status()))
                .orElseThrow(() -> ProblemException.conflict("responseId", "no submitted response " + responseId + " to shortlist", Map.of()));
        responses.update(r.withStatus("SHORTLISTED", null));
    }

    public void unsuccessful(Caller caller, UUID opportunity, String reason) {
        opportunities.closeIfDue(opportunity, clock.instant());
        unsuccessfulClosed(caller, opportunity, reason);
    }

    @Transactional
    void unsuccessfulClosed(Caller caller, UUID opportunity, String reason) {
        OpportunityRow d = decidable(caller, opportunity);
        decide(d, OpportunityStatus.UNSUCCESSFUL, reason.strip(), "the opportunity changed meanwhile; reload it");
        announceOutcome(opportunity, OpportunityStatus.UNSUCCESSFUL, reason.strip());
        opportunities.announceState(opportunity, OpportunityEventTypes.UNSUCCESSFUL_V1);
    }

    /**
     * Each enterprise whose response stood at the decision, with its own outcome, so that each is told whether it won, was
     * rejected (and why) or was not retained. Before the state event, so that a consumer meets each bidder's outcome first.
     */
    private void announceOutcome(UUID opportunity, OpportunityStatus decision, String reason) {
        List<OpportunityOutcome.Bidder> bidders = responses.findByOpportunityIdAndStatusNotEqual(opportunity, "WITHDRAWN", BY_SUBMISSION)
                .stream().map(AwardService::bidder).toList();
        outbox.append(ContractsTopics.OPPORTUNITIES, opportunity.toString(), OpportunityEventTypes.OUTCOME_V1,
                new OpportunityOutcome(opportunity, decision.name(), reason, bidders, clock.instant()));
    }

    private static OpportunityOutcome.Bidder bidder(ResponseRow r) {
        return switch (r.status()) {
            case "AWARDED" -> new OpportunityOutcome.Bidder(r.enterpriseId(), "WON", null);
            case "REJECTED" -> new OpportunityOutcome.Bidder(r.enterpriseId(), "REJECTED", r.reason());
            // submitted or shortlisted, and still standing when another was awarded or none was
            default -> new OpportunityOutcome.Bidder(r.enterpriseId(), "NOT_RETAINED", null);
        };
    }

    /** The buyer's own opportunity, past its deadline, not yet decided; its version is checked when the decision is written. */
    private OpportunityRow decidable(Caller caller, UUID opportunity) {
        OpportunityRow d = store.read(opportunity)
                // never published, never public: its existence is the buyer's alone
                .filter(o -> o.publishedAt() != null || o.buyerId().equals(caller.organizationId()))
                .orElseThrow(() -> ProblemException.notFound("Opportunity", opportunity));
        if (!d.buyerId().equals(caller.organizationId())) {
            throw ProblemException.forbidden("Only the buying organization decides on its opportunity.");
        }
        if (clock.instant().isBefore(d.deadline())) {
            throw ProblemException.conflict("deadline", "responses are sealed until the deadline; decide after it", Map.of());
        }
        if (!"CLOSED".equals(d.status())) {
            throw ProblemException.conflict("status", "this opportunity is " + d.status() + "; it was already decided", Map.of());
        }
        return d;
    }

    /** Two decisions racing: the version read by {@link #decidable} decides, the second gets 409 and nothing of it is written. */
    private void decide(OpportunityRow d, OpportunityStatus status, String reason, String conflict) {
        try {
            store.decide(d, status, reason, clock.instant());
        } catch (OptimisticLockException e) {
            throw ProblemException.conflict("status", conflict, Map.of());
        }
    }
}
