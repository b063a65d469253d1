package org.maillage.notification.delivery;

import java.util.Set;

/**
 * The code of one family of kinds that the sender calls: it writes a claimed message for its addressee, in the
 * addressee's language, from the message bundles and this service's read models. Who receives a message was decided when
 * it was queued (each kind's queue); retries, limits and the exactly-once rule are the sender's.
 */
public interface KindRenderer {

    /** The kinds this renderer writes; each kind has exactly one renderer. */
    Set<Kind> kinds();

    /** Runs inside the sender's transaction; may read, never write. */
    Rendering render(OutgoingMessage message, Addressee to);
}
