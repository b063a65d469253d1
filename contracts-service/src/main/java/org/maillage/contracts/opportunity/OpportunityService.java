package org.maillage.contracts.opportunity;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.contracts.api.OpportunityMatches;
import org.maillage.contracts.api.OpportunityQuestionDeadline;
import org.maillage.contracts.api.OpportunityState;
import org.maillage.contracts.matching.Matching;
import org.maillage.contracts.organization.KnownOrganizations;
import org.maillage.platform.outbox.Outbox;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.security.Caller;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Drafting, publishing, amending, cancelling and closing opportunities. Only the buying organization
 * changes its opportunities; a draft is visible to it alone. Every public change is announced.
 */
@Singleton
public class OpportunityService {

    private final OpportunityStore store;
    private final KnownOrganizations organizations;
    private final SocialClauses clauses;
    private final Outbox outbox;
    private final Matching matching;
    private final Clock clock;

    public OpportunityService(OpportunityStore store, KnownOrganizations organizations, SocialClauses clauses, Outbox outbox,
                              Matching matching, Clock clock) {
        this.store = store;
        this.organizations = organizations;
        this.clauses = clauses;
        this.outbox = outbox;
        this.matching = matching;
        this.clock = clock;
    }

    @Transactional
    public OpportunityView draft(Caller caller, OpportunityForm f) {
        if (caller.organizationId() == null) {
            throw ProblemException.invalid("buyer", "your account belongs to no organization");
        }
        KnownOrganizations.Known buyer = organizations.find(caller.organizationId())
                .orElseThrow(() -> ProblemException.notFound("Organization", caller.organizationId()));
        if (!buyer.active()) {
            throw ProblemException.conflict("buyer", "your organization is " + buyer.status() + " and cannot publish", Map.of());
        }
        check(buyer, f);
        UUID id = UUID.randomUUID();
        store.insert(id, buyer.id(), buyer.kind(), f, f.deadline().instant(), clock.instant());
        return store.lock(id).orElseThrow();
    }

    /** Replaces a draft's content, under the same rules as drafting it; what was published changes only by addendum. */
    @Transactional
    public OpportunityView revise(Caller caller, UUID id, OpportunityForm f) {
        OpportunityView o = owned(caller, id);
        if (status(o) != OpportunityStatus.DRAFT) {
            throw ProblemException.conflict("status", "only a draft is revised; a published opportunity changes by addendum (" + o.status() + ")",
                    Map.of());
        }
        check(organizations.find(o.buyerId()).orElseThrow(() -> ProblemException.notFound("Organization", o.buyerId())), f);
        store.revise(id, f, f.deadline().instant());
        return store.lock(id).orElseThrow();
    }

    private void check(KnownOrganizations.Known buyer, OpportunityForm f) {
        if (f.decisionUnitId() != null && !buyer.decisionUnits().contains(f.decisionUnitId())) {
            throw ProblemException.invalid("decisionUnitId", "not a decision unit of your organization");
        }
        if (isBlank(f.titleFr()) && isBlank(f.titleEn())) {
            throw ProblemException.invalid("titleFr", "a title in French or in English is required / titre requis");
        }
        List<String> goals = f.socialClauses() == null ? List.of() : f.socialClauses();
        for (int i = 0; i < goals.size(); i++) {
            if (!clauses.isKnown(goals.get(i))) {
                throw ProblemException.invalid("socialClauses[" + i + "]", "not an OCDS sustainability goal code: " + goals.get(i));
            }
        }
        if (f.questionDeadline() != null && f.questionDeadline().instant().isAfter(f.deadline().instant())) {
            throw ProblemException.invalid("questionDeadline", "questions must close at or before the deadline / les questions ferment au plus tard à l'échéance");
        }
        if (f.contractStarts() != null && f.contractEnds() != null && f.contractEnds().isBefore(f.contractStarts())) {
            throw ProblemException.invalid("contractEnds", "must not be before contractStarts");
        }
    }

    @Transactional
    public OpportunityView publish(Caller caller, UUID id) {
        OpportunityView o = owned(caller, id);
        Instant now = clock.instant();
        apply(() -> Lifecycle.publish(status(o), o.deadline(), now));
        store.setStatus(id, OpportunityStatus.PUBLISHED, null, now);
        List<UUID> matched = matching.notify(id, o.buyerId(), o.categories(), o.regions(), now);
        OpportunityView published = announce(id, OpportunityEventTypes.PUBLISHED_V1);
        if (published.questionDeadline() != null) {
            // before the matched event, so that the alerts it leads to can say until when questions are taken
            outbox.append(ContractsTopics.OPPORTUNITIES, id.toString(), OpportunityEventTypes.QUESTION_DEADLINE_V1,
                    new OpportunityQuestionDeadline(id, published.questionDeadline(), now));
        }
        outbox.append(ContractsTopics.OPPORTUNITIES, id.toString(), OpportunityEventTypes.MATCHED_V1, new OpportunityMatches(id, matched, now));
        return published;
    }

    @Transactional
    public OpportunityView amend(Caller caller, UUID id, Amendment a) {
        OpportunityView o = owned(caller, id);
        Instant now = clock.instant();
        Instant next = a.deadline() == null ? o.deadline() : a.deadline().instant();
        apply(() -> Lifecycle.amend(status(o), o.deadline(), next, now));
        store.amend(id, a.summary(), o.deadline(), next, now);
        return announce(id, OpportunityEventTypes.AMENDED_V1);
    }

    /**
     * A call cancelled past its deadline is closed first, if the closer has not yet: it was closed by its deadline, so its
     * responses stay readable to the buyer; one cancelled while open never is (see Lifecycle.isUnsealed).
     */
    @Transactional
    public OpportunityView cancel(Caller caller, UUID id, Cancellation c) {
        Instant now = clock.instant();
        OpportunityView o = closedIfDue(owned(caller, id), now);
        apply(() -> Lifecycle.cancel(status(o)));
        store.setStatus(id, OpportunityStatus.CANCELLED, c.reason().strip(), now);
        // a draft was never public: cancelling it tells no one
        return o.publishedAt() == null ? store.lock(id).orElseThrow() : announce(id, OpportunityEventTypes.CANCELLED_V1);
    }

    /**
     * Deletes a draft of the caller's organization. A draft was never announced, so nothing outside this service knows
     * it; {@code dependents} removes first what refers to it (its files: DocumentService.discardDraft, whose transaction
     * this joins). Once published, a call is cancelled instead, and stays on record.
     */
    @Transactional
    public void discard(Caller caller, UUID id, Runnable dependents) {
        OpportunityView o = owned(caller, id);
        if (status(o) != OpportunityStatus.DRAFT) {
            throw ProblemException.conflict("status", "only a draft is deleted; a published opportunity is cancelled (" + o.status() + ")",
                    Map.of());
        }
        dependents.run();
        store.delete(id);
    }

    /** Closes what is due; each row is claimed once, even with several instances (see claimDue). */
    @Transactional
    public int closeDue(Instant now) {
        List<UUID> due = store.claimDue(now, 100);
        for (UUID id : due) {
            close(store.lock(id).orElseThrow());
        }
        return due.size();
    }

    /**
     * What was never published (a draft, or a draft cancelled before publication) exists only for its buyer;
     * anyone else is told it does not exist.
     */
    public OpportunityView show(Caller caller, UUID id) {
        OpportunityView o = store.find(id).orElseThrow(() -> ProblemException.notFound("Opportunity", id));
        UUID org = caller == null ? null : caller.organizationId();
        if (o.publishedAt() == null && !o.buyerId().equals(org)) {
            throw ProblemException.notFound("Opportunity", id);
        }
        return o.visibleTo(org);
    }

    private OpportunityView owned(Caller caller, UUID id) {
        OpportunityView o = store.lock(id).orElseThrow(() -> ProblemException.notFound("Opportunity", id));
        if (!o.buyerId().equals(caller.organizationId())) {
            if (o.publishedAt() == null) {
                throw ProblemException.notFound("Opportunity", id);
            }
            throw ProblemException.forbidden("Only the buying organization changes its opportunity.");
        }
        return o;
    }

    /** Announces the opportunity's current state; for changes made by other features (awards). */
    public OpportunityView announceState(UUID id, String type) {
        return announce(id, type);
    }

    /** Closes a due opportunity now, if the scheduler has not yet: the deadline is the rule. */
    @Transactional
    public void closeIfDue(UUID id, Instant now) {
        closedIfDue(store.lock(id).orElseThrow(() -> ProblemException.notFound("Opportunity", id)), now);
    }

    /** The locked opportunity, closed first if it is due. */
    private OpportunityView closedIfDue(OpportunityView o, Instant now) {
        if (!Lifecycle.isDue(status(o), o.deadline(), now)) {
            return o;
        }
        close(o);
        return store.lock(o.id()).orElseThrow();
    }

    /**
     * Closed at its deadline, however late the scheduler gets to it: the close is dated truly, and its event keeps its
     * place before the award's in every projection that keeps the newest state (also when the demo loader tells a
     * story of 2014, where the scheduler closes the call in today's time, see DemoTime).
     */
    private void close(OpportunityView o) {
        store.setStatus(o.id(), OpportunityStatus.CLOSED, null, o.deadline());
        announce(o.id(), OpportunityEventTypes.CLOSED_V1, o.deadline());
    }

    private OpportunityView announce(UUID id, String type) {
        return announce(id, type, clock.instant());
    }

    private OpportunityView announce(UUID id, String type, Instant at) {
        OpportunityView o = store.lock(id).orElseThrow();
        outbox.append(ContractsTopics.OPPORTUNITIES, id.toString(), type, new OpportunityState(o.id(), o.buyerId(), o.buyerKind(),
                o.decisionUnitId(), o.titleFr(), o.titleEn(), o.method(), o.categories(), o.regions(), o.socialClauses(),
                o.valueWithheld() ? null : o.estimatedValue(), o.deadline(), o.status(), o.cancelReason(), matching.count(id), at));
        return o;
    }

    private static void apply(Runnable rule) {
        try {
            rule.run();
        } catch (LifecycleViolation v) {
            if (v.conflict()) {
                throw ProblemException.conflict(v.field(), v.getMessage(), Map.of());
            }
            throw ProblemException.invalid(v.field(), v.getMessage());
        }
    }

    private static OpportunityStatus status(OpportunityView o) {
        return OpportunityStatus.valueOf(o.status());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
