package org.maillage.notification.delivery;

import org.maillage.notification.message.Email;

/** What a kind's renderer made of a claimed message: the email to send, a reason never to send it, or a reason to wait. */
public sealed interface Rendering {

    /** Send this. */
    record Ready(Email email) implements Rendering {
    }

    /** Never to be sent: SUPPRESSED (nothing to say), EXPIRED (its link would not work) or FAILED (it cannot be written). */
    record Closed(String status, String reason) implements Rendering {
    }

    /** What it needs is not known here yet (it comes on another topic or partition): tried again later, then given up. */
    record NotYet(String reason) implements Rendering {
    }

    static Rendering ready(Email email) {
        return new Ready(email);
    }

    static Rendering suppressed(String reason) {
        return new Closed("SUPPRESSED", reason);
    }

    static Rendering expired(String reason) {
        return new Closed("EXPIRED", reason);
    }

    static Rendering failed(String reason) {
        return new Closed("FAILED", reason);
    }

    static Rendering notYet(String reason) {
        return new NotYet(reason);
    }
}
