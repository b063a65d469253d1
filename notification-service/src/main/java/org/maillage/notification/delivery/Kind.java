package org.maillage.notification.delivery;

import java.util.Arrays;
import java.util.List;

/** The kinds of message; each can be turned off on its own, and each has its own unsubscribe link. */
public enum Kind {
    /** A new opportunity matched to the person's enterprise: an alert, sent only with express consent. */
    MATCHED,
    /** An opportunity the enterprise said it was interested in, or responded to, was amended. */
    AMENDED,
    /** Such an opportunity was cancelled. */
    CANCELLED,
    /** An opportunity the enterprise responded to was awarded or declared unsuccessful. */
    OUTCOME,
    /** The buyer answered a question on an opportunity the enterprise is interested in, asked about or responded to. */
    ANSWERED,
    /** 48 hours before the deadline, to an enterprise that said it was interested and has not responded. */
    REMINDER,
    /** Another party declared a contract with the person's organization: it waits for the organization's word. */
    DECLARED,
    /** A coordinator's weekly summary of its pilots: applications to approve, contracts to confirm, calls closing. */
    WEEKLY,
    /** The daily digest of alerts: it follows the MATCHED switch. */
    DIGEST;

    /** The kinds a person turns on or off (the digest goes with the alerts it gathers). */
    public static List<Kind> choosable() {
        return Arrays.stream(values()).filter(k -> k != DIGEST).toList();
    }

    /** The switch that governs this kind. */
    public Kind governedBy() {
        return this == DIGEST ? MATCHED : this;
    }
}
