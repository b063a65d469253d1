package org.maillage.platform.inbox;

/** An event that must not change a read model: not from its topic's owner, or dated in the future. */
public class UntrustedEventException extends RuntimeException {

    public UntrustedEventException(String message) {
        super(message);
    }
}
