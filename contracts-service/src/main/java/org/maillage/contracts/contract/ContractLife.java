package org.maillage.contracts.contract;

import java.util.Map;
import java.util.Set;

/** Which status a contract may move to from which: pure rules, tested on their own. */
final class ContractLife {

    private static final Map<String, Set<String>> NEXT = Map.of(
            "PENDING", Set.of("ACTIVE", "CANCELLED"),
            "ACTIVE", Set.of("COMPLETED", "TERMINATED"),
            "COMPLETED", Set.of(),
            "TERMINATED", Set.of(),
            "CANCELLED", Set.of());

    private ContractLife() {
    }

    static boolean canMove(String from, String to) {
        return NEXT.getOrDefault(from, Set.of()).contains(to);
    }

    /** Ending a contract early, or before it started, is explained. */
    static boolean needsReason(String to) {
        return "TERMINATED".equals(to) || "CANCELLED".equals(to);
    }

    /** Amendments change a contract that is still running. */
    static boolean amendable(String status) {
        return "PENDING".equals(status) || "ACTIVE".equals(status);
    }
}
