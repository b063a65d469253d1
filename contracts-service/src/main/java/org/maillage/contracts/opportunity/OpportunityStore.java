package org.maillage.contracts.opportunity;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Opportunities through their repositories; a change runs in the caller's transaction, under the row's lock. */
@Singleton
public class OpportunityStore {

    private static final Sort AMENDMENT_ORDER = Sort.of(Sort.Order.asc("amendedAt"), Sort.Order.asc("id"));
    private static final Sort BUYER_ORDER = Sort.of(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));

    private final OpportunityRepository opportunities;
    private final AmendmentRepository amendments;

    public OpportunityStore(OpportunityRepository opportunities, AmendmentRepository amendments) {
        this.opportunities = opportunities;
        this.amendments = amendments;
    }

    void insert(UUID id, UUID buyer, String buyerKind, OpportunityForm f, Instant deadline, Instant now) {
        opportunities.save(OpportunityRow.draft(id, buyer, buyerKind, f, deadline, now));
    }

    /** Replaces a draft's content (the caller has locked it and checked it is a draft). */
    void revise(UUID id, OpportunityForm f, Instant deadline) {
        opportunities.update(row(id).revised(f, deadline));
    }

    /** Deletes a draft the caller has locked and checked is one (a draft was never announced: nothing else refers to it). */
    void delete(UUID id) {
        opportunities.deleteById(id);
    }

    /** Locks the row: two changes to one opportunity never interleave. */
    Optional<OpportunityView> lock(UUID id) {
        return opportunities.findByIdForUpdate(id).map(o -> o.view(amendmentsOf(List.of(id)).getOrDefault(id, List.of())));
    }

    @Transactional(readOnly = true)
    public Optional<OpportunityView> find(UUID id) {
        return opportunities.findById(id).map(o -> o.view(amendmentsOf(List.of(id)).getOrDefault(id, List.of())));
    }

    /** Sets the status of a row the caller has locked. */
    void setStatus(UUID id, OpportunityStatus status, String reason, Instant now) {
        opportunities.update(row(id).withStatus(status, reason, now));
    }

    void amend(UUID id, String summary, Instant previous, Instant next, Instant now) {
        amendments.save(new AmendmentRow(UUID.randomUUID(), id, now, summary.strip(), previous, next));
        opportunities.update(row(id).withDeadline(next));
    }

    /** The row as stored, its version with it: for a decision that must not overwrite a change made since it was read. */
    public Optional<OpportunityRow> read(UUID id) {
        return opportunities.findById(id);
    }

    /**
     * Decides an opportunity read earlier with {@link #read}: an {@link io.micronaut.data.exceptions.OptimisticLockException}
     * if it changed since (another decision won).
     */
    public void decide(OpportunityRow read, OpportunityStatus status, String reason, Instant now) {
        opportunities.update(read.withStatus(status, reason, now));
    }

    /** See {@link OpportunityRepository#claimDue}. */
    List<UUID> claimDue(Instant now, int limit) {
        return opportunities.claimDue(now, limit);
    }

    /** One organization's opportunities, drafts included: its own view, withheld values shown. */
    @Transactional(readOnly = true)
    public List<OpportunityView> ofBuyer(UUID buyer, int limit) {
        return withAmendments(opportunities.findByBuyerId(buyer, Pageable.from(0, limit, BUYER_ORDER)));
    }

    /** Open opportunities an enterprise was matched to, nearest deadline first: two queries, whatever the count. */
    @Transactional(readOnly = true)
    public List<OpportunityView> openMatchedTo(UUID enterprise, int limit) {
        return withAmendments(opportunities.openMatchedTo(enterprise, limit));
    }

    /** The rows in the order given, each with its amendments. */
    List<OpportunityView> withAmendments(List<OpportunityRow> rows) {
        Map<UUID, List<OpportunityView.AmendmentView>> history = amendmentsOf(rows.stream().map(OpportunityRow::id).toList());
        return rows.stream().map(o -> o.view(history.getOrDefault(o.id(), List.of()))).toList();
    }

    private Map<UUID, List<OpportunityView.AmendmentView>> amendmentsOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return amendments.findByOpportunityIdIn(ids, AMENDMENT_ORDER).stream().collect(Collectors.groupingBy(AmendmentRow::opportunityId,
                Collectors.mapping(AmendmentRow::view, Collectors.toList())));
    }

    private OpportunityRow row(UUID id) {
        return opportunities.findById(id).orElseThrow();
    }
}
