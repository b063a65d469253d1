package org.maillage.contracts.matching;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.platform.security.Caller;

import java.time.Duration;
import java.util.UUID;

/** Each person's visits to its matches, for the "new since my last visit" mark. */
@Singleton
public class MatchesVisits {

    /** As many as the matches listed (GET /api/opportunities/matched answers at most 200). */
    private static final int OPENED_SHOWN = 200;

    private final MatchesVisitRepository visits;
    private final MatchOpenedRepository opened;
    private final Duration gap;

    MatchesVisits(MatchesVisitRepository visits, MatchOpenedRepository opened, @Value("${maillage.matches.visit-gap:30m}") Duration gap) {
        this.visits = visits;
        this.opened = opened;
        this.gap = gap;
    }

    @Transactional
    MatchesVisit look(Caller caller) {
        return new MatchesVisit(visits.look(caller.accountId(), gap.toSeconds()).previousVisitAt(), opened.openedBy(caller.accountId(), OPENED_SHOWN));
    }

    /** The person opened the opportunity: if it is one of its enterprise's matches, it is no longer new to that person. */
    @Transactional
    public void opened(Caller caller, UUID opportunity) {
        if (caller.organizationId() != null) {
            opened.opened(caller.accountId(), opportunity, caller.organizationId());
        }
    }
}
