package org.maillage.contracts.opportunity;

import java.util.Map;
import java.util.Set;

/** The life cycle of an opportunity, in one place: which status may follow which. */
public enum OpportunityStatus {
    DRAFT, PUBLISHED, CLOSED, AWARDED, UNSUCCESSFUL, CANCELLED;

    private static final Map<OpportunityStatus, Set<OpportunityStatus>> NEXT = Map.of(
            DRAFT, Set.of(PUBLISHED, CANCELLED),
            PUBLISHED, Set.of(CLOSED, CANCELLED),
            CLOSED, Set.of(AWARDED, UNSUCCESSFUL, CANCELLED),
            AWARDED, Set.of(),
            UNSUCCESSFUL, Set.of(),
            CANCELLED, Set.of());

    public boolean mayBecome(OpportunityStatus next) {
        return NEXT.get(this).contains(next);
    }
}
