package org.maillage.contracts.api.http;

import java.util.Map;
import java.util.Set;

/**
 * Where a contract stands, and which status it may move to from which: the rules the service applies and the site
 * reads to offer only the moves that will be accepted.
 */
public enum ContractStatus {
    /** Declared by one party, awaiting the other's word. */
    PENDING,
    ACTIVE,
    COMPLETED,
    TERMINATED,
    CANCELLED;

    private static final Map<ContractStatus, Set<ContractStatus>> NEXT = Map.of(
            PENDING, Set.of(ACTIVE, CANCELLED),
            ACTIVE, Set.of(COMPLETED, TERMINATED),
            COMPLETED, Set.of(),
            TERMINATED, Set.of(),
            CANCELLED, Set.of());

    public boolean canMoveTo(ContractStatus to) {
        return NEXT.get(this).contains(to);
    }

    /** Ending a contract early, or before it started, is explained. */
    public boolean needsReason() {
        return this == TERMINATED || this == CANCELLED;
    }

    /** Amendments change a contract that is still running. */
    public boolean amendable() {
        return this == PENDING || this == ACTIVE;
    }
}
