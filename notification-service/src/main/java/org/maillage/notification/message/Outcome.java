package org.maillage.notification.message;

import io.micronaut.core.annotation.Nullable;

/**
 * One bidder's own outcome of a decided opportunity, as its message tells it.
 *
 * @param result         WON, REJECTED or NOT_RETAINED
 * @param reason         the buyer's reason for rejecting the bidder's response (REJECTED)
 * @param decision       AWARDED or UNSUCCESSFUL
 * @param decisionReason why the opportunity ended without a contract (UNSUCCESSFUL)
 */
public record Outcome(String result, @Nullable String reason, String decision, @Nullable String decisionReason) {

    /** The message's key in the bundles: WON, REJECTED, NOT_RETAINED, or NO_CONTRACT when none was awarded. */
    String key() {
        return "NOT_RETAINED".equals(result) && "UNSUCCESSFUL".equals(decision) ? "NO_CONTRACT" : result;
    }
}
