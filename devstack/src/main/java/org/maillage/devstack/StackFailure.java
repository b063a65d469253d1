package org.maillage.devstack;

/** A reason the stack cannot start, said in words a user can act on; the launcher prints its message, never a stack trace. */
public final class StackFailure extends RuntimeException {

    public StackFailure(String message) {
        super(message);
    }
}
