package org.maillage.web.supplier;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A supplier's dashboard: what fits it (newest first), its responses under way, what waits for its word, and the
 * follow-ups its contact log says are due.
 */
public record Dashboard(List<Match> matches, List<InProgress> responses, List<Joint> joints, List<ToConfirm> toConfirm,
                        List<FollowUp> followUps) {

    /** Another enterprise's joint response naming mine, waiting for my confirmation. */
    public record Joint(Heading heading, String lead) {
    }

    /**
     * @param isNew  not opened yet by anyone of the enterprise
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
