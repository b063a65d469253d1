package org.maillage.contracts.opportunity;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * The rules of an opportunity's life, without a framework: each returns normally or throws a
 * {@link LifecycleViolation} naming the field at fault, which the API reports as 409 or 400.
 * <p>
 * One rule decides whether a call is open, everywhere ({@link #isOpen}): the deadline, compared with the time of the
 * request, whether or not the periodic closer ({@link DeadlineCloser}) has run. Once the deadline has passed the call is
 * closed for every purpose (addenda, interest, questions, responses, withdrawals, partners' confirmations, response
 * files), and only then does its buyer read the responses ({@link #isUnsealed}): a buyer who has read the prices can
 * never reopen the bidding.
 */
public final class Lifecycle {

    private Lifecycle() {
    }

    public static void publish(OpportunityStatus status, Instant deadline, Instant now) {
        require(status, OpportunityStatus.PUBLISHED, "publish");
        if (!deadline.isAfter(now)) {
            throw new LifecycleViolation(false, "deadline", "the deadline has passed; set a later one before publishing");
        }
    }

    /**
     * After publication the deadline may only move later, and never into the past; and only while the call is open: past its
     * deadline the responses may have been read, so bidding never reopens.
     */
    public static void amend(OpportunityStatus status, Instant currentDeadline, Instant newDeadline, Instant now) {
        if (status != OpportunityStatus.PUBLISHED) {
            throw new LifecycleViolation(true, "status", "only a published opportunity open for responses can be amended; it is " + status);
        }
        requireOpen(status, currentDeadline, now);
        if (!newDeadline.isAfter(now)) {
            throw new LifecycleViolation(false, "deadline", "the new deadline must be in the future");
        }
        if (newDeadline.isBefore(currentDeadline)) {
            throw new LifecycleViolation(false, "deadline", "a published deadline may only move later, not earlier");
        }
    }

    public static void cancel(OpportunityStatus status) {
        require(status, OpportunityStatus.CANCELLED, "cancel");
    }

    /**
     * Open at {@code now}: published and its deadline still ahead. A CLOSED one counts as open before its deadline only
     * for a write dated in the past (the demo loader's, see DemoTime), which the closer overtook in today's time; for
     * any write at the clock's time a CLOSED call's deadline has passed, so the two agree.
     */
    public static boolean isOpen(OpportunityStatus status, Instant deadline, Instant now) {
        return (status == OpportunityStatus.PUBLISHED || status == OpportunityStatus.CLOSED) && now.isBefore(deadline);
    }

    /** {@link #isOpen}, or a conflict naming the deadline (409). */
    public static void requireOpen(OpportunityStatus status, Instant deadline, Instant now) {
        if (!isOpen(status, deadline, now)) {
            throw new LifecycleViolation(true, "deadline", "the call is closed: its deadline has passed (" + MontrealTime.show(deadline)
                    + ") or it is " + status + "; nothing about it changes any more / l'appel est fermé : sa date limite est passée");
        }
    }

    /**
     * Whether its buyer reads the responses at {@code now}: the deadline has passed while the call stood (published, then
     * closed by it, decided or not). A call cancelled while open ({@code closedAt} null: never closed) keeps its responses
     * sealed for good: its bidders never reached the deadline they bid for. A draft has none.
     */
    public static boolean isUnsealed(OpportunityStatus status, Instant deadline, @Nullable Instant closedAt, Instant now) {
        if (now.isBefore(deadline)) {
            return false;
        }
        return switch (status) {
            case DRAFT -> false;
            case CANCELLED -> closedAt != null;
            default -> true;
        };
    }

    /** Due for the closer: still PUBLISHED though no longer open. */
    public static boolean isDue(OpportunityStatus status, Instant deadline, Instant now) {
        return status == OpportunityStatus.PUBLISHED && !isOpen(status, deadline, now);
    }

    private static void require(OpportunityStatus from, OpportunityStatus to, String action) {
        if (!from.mayBecome(to)) {
            throw new LifecycleViolation(true, "status", "cannot " + action + " an opportunity that is " + from);
        }
    }
}
