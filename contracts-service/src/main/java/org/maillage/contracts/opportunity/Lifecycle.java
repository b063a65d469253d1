package org.maillage.contracts.opportunity;

import java.time.Instant;

/**
 * The rules of an opportunity's life, without a framework: each returns normally or throws a
 * {@link LifecycleViolation} naming the field at fault, which the API reports as 409 or 400.
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

    /** After publication the deadline may only move later, and never into the past. */
    public static void amend(OpportunityStatus status, Instant currentDeadline, Instant newDeadline, Instant now) {
        if (status != OpportunityStatus.PUBLISHED) {
            throw new LifecycleViolation(true, "status", "only a published opportunity open for responses can be amended; it is " + status);
        }
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

    public static boolean isDue(OpportunityStatus status, Instant deadline, Instant now) {
        return status == OpportunityStatus.PUBLISHED && !deadline.isAfter(now);
    }

    private static void require(OpportunityStatus from, OpportunityStatus to, String action) {
        if (!from.mayBecome(to)) {
            throw new LifecycleViolation(true, "status", "cannot " + action + " an opportunity that is " + from);
        }
    }
}
