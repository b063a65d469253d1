package org.maillage.web.supplier;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A supplier's dashboard: what fits it (newest first, marked new since this person's previous visit), its responses
 * under way, what waits for its word, and the follow-ups its contact log says are due.
 *
 * @param previousVisit when this person's previous visit ended; null on its first
 */
public record Dashboard(List<Match> matches, @Nullable Instant previousVisit, List<InProgress> responses, List<Joint> joints,
                        List<ToConfirm> toConfirm, List<FollowUp> followUps) {

    /** How many matches are new to this person since its previous visit. */
    public long newCount() {
        return matches.stream().filter(Match::isNew).count();
    }

    /** Another enterprise's joint response naming mine, waiting for my confirmation. */
    public record Joint(Heading heading, String lead) {
    }

    /**
     * @param isNew  matched since this person's previous visit, and not opened by this person since
     * @param answer what the enterprise said (interested, not interested), or null
     */
    public record Match(Heading heading, boolean isNew, @Nullable String answer, @Nullable Instant publishedAt) {
    }

    public record InProgress(Heading heading, String status, Instant updatedAt) {
    }

    public record ToConfirm(UUID id, String title, @Nullable BigDecimal value) {
    }

    public record FollowUp(UUID id, String with, @Nullable String nextStep, LocalDate on, boolean overdue) {
    }
}
