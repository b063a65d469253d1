package org.maillage.contracts.opportunity;

/** A life-cycle rule broken; {@code conflict} when the opportunity's state is the cause (409), else the input (400). */
public class LifecycleViolation extends RuntimeException {

    private final boolean conflict;
    private final String field;

    public LifecycleViolation(boolean conflict, String field, String message) {
        super(message);
        this.conflict = conflict;
        this.field = field;
    }

    public boolean conflict() {
        return conflict;
    }

    public String field() {
        return field;
    }
}
