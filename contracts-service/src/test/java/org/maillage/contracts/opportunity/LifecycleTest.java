package org.maillage.contracts.opportunity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The opportunity's rules, no framework, no database. */
class LifecycleTest {

    private static final Instant NOW = Instant.parse("2026-03-05T15:00:00Z");

    @Test
    void publishingNeedsADeadlineStillToCome() {
        Lifecycle.publish(OpportunityStatus.DRAFT, NOW.plusSeconds(60), NOW);
        assertThatThrownBy(() -> Lifecycle.publish(OpportunityStatus.DRAFT, NOW, NOW))
                .isInstanceOfSatisfying(LifecycleViolation.class, v -> assertThat(v.field()).isEqualTo("deadline"));
        assertThatThrownBy(() -> Lifecycle.publish(OpportunityStatus.PUBLISHED, NOW.plusSeconds(60), NOW))
                .isInstanceOfSatisfying(LifecycleViolation.class, v -> assertThat(v.conflict()).isTrue());
    }

    @Test
    void aPublishedDeadlineOnlyMovesLaterAndNeverIntoThePast() {
        Instant deadline = NOW.plusSeconds(3600);
        Lifecycle.amend(OpportunityStatus.PUBLISHED, deadline, deadline.plusSeconds(60), NOW);
        Lifecycle.amend(OpportunityStatus.PUBLISHED, deadline, deadline, NOW);
        assertThatThrownBy(() -> Lifecycle.amend(OpportunityStatus.PUBLISHED, deadline, deadline.minusSeconds(60), NOW))
                .hasMessageContaining("only move later");
        assertThatThrownBy(() -> Lifecycle.amend(OpportunityStatus.PUBLISHED, NOW.plusSeconds(10), NOW.minusSeconds(5), NOW))
                .hasMessageContaining("future");
        assertThatThrownBy(() -> Lifecycle.amend(OpportunityStatus.CLOSED, deadline, deadline.plusSeconds(60), NOW))
                .isInstanceOfSatisfying(LifecycleViolation.class, v -> assertThat(v.conflict()).isTrue());
    }

    /** Issue 26: past its deadline a call is closed, whether or not the closer has run; its buyer may have read the prices. */
    @Test
    void aCallPastItsDeadlineIsClosedForAmendmentsEvenBeforeTheCloserRuns() {
        Instant passed = NOW.minusMillis(300);
        assertThatThrownBy(() -> Lifecycle.amend(OpportunityStatus.PUBLISHED, passed, NOW.plusSeconds(86400), NOW))
                .isInstanceOfSatisfying(LifecycleViolation.class, v -> {
                    assertThat(v.conflict()).isTrue();
                    assertThat(v.field()).isEqualTo("deadline");
                });
        assertThatThrownBy(() -> Lifecycle.amend(OpportunityStatus.PUBLISHED, NOW, NOW.plusSeconds(86400), NOW))
                .isInstanceOf(LifecycleViolation.class);
    }

    @Test
    void openMeansTheDeadlineIsAheadAndTheBuyerReadsResponsesOnlyOfACallClosedByIt() {
        assertThat(Lifecycle.isOpen(OpportunityStatus.PUBLISHED, NOW.plusSeconds(1), NOW)).isTrue();
        assertThat(Lifecycle.isOpen(OpportunityStatus.PUBLISHED, NOW, NOW)).isFalse();
        // closed by the closer in today's time, the call is still open to a write dated before its deadline (the demo loader's)
        assertThat(Lifecycle.isOpen(OpportunityStatus.CLOSED, NOW.plusSeconds(1), NOW)).isTrue();
        for (OpportunityStatus shut : new OpportunityStatus[]{OpportunityStatus.DRAFT, OpportunityStatus.AWARDED,
                OpportunityStatus.UNSUCCESSFUL, OpportunityStatus.CANCELLED}) {
            assertThat(Lifecycle.isOpen(shut, NOW.plusSeconds(60), NOW)).as(shut.name()).isFalse();
        }

        Instant passed = NOW.minusSeconds(1);
        assertThat(Lifecycle.isUnsealed(OpportunityStatus.PUBLISHED, NOW.plusSeconds(1), null, NOW)).isFalse();
        assertThat(Lifecycle.isUnsealed(OpportunityStatus.PUBLISHED, passed, null, NOW)).isTrue();
        assertThat(Lifecycle.isUnsealed(OpportunityStatus.CLOSED, passed, passed, NOW)).isTrue();
        assertThat(Lifecycle.isUnsealed(OpportunityStatus.AWARDED, passed, passed, NOW)).isTrue();
        assertThat(Lifecycle.isUnsealed(OpportunityStatus.CANCELLED, passed, passed, NOW)).isTrue();
        // cancelled while open: its bidders never reached the deadline, their prices stay sealed
        assertThat(Lifecycle.isUnsealed(OpportunityStatus.CANCELLED, passed, null, NOW)).isFalse();
        assertThat(Lifecycle.isUnsealed(OpportunityStatus.DRAFT, passed, null, NOW)).isFalse();
    }

    @Test
    void onlyOpenStatesCanBeCancelledAndOnlyPublishedOnesComeDue() {
        Lifecycle.cancel(OpportunityStatus.DRAFT);
        Lifecycle.cancel(OpportunityStatus.PUBLISHED);
        Lifecycle.cancel(OpportunityStatus.CLOSED);
        for (OpportunityStatus done : new OpportunityStatus[]{OpportunityStatus.AWARDED, OpportunityStatus.UNSUCCESSFUL, OpportunityStatus.CANCELLED}) {
            assertThatThrownBy(() -> Lifecycle.cancel(done)).isInstanceOf(LifecycleViolation.class);
        }
        assertThat(Lifecycle.isDue(OpportunityStatus.PUBLISHED, NOW, NOW)).isTrue();
        assertThat(Lifecycle.isDue(OpportunityStatus.PUBLISHED, NOW.plusSeconds(1), NOW)).isFalse();
        assertThat(Lifecycle.isDue(OpportunityStatus.DRAFT, NOW.minusSeconds(1), NOW)).isFalse();
    }

    @Test
    void montrealTimeCrossesTheSpringDaylightSavingChange() {
        // 2026-03-08 02:00 EST becomes 03:00 EDT
        assertThat(MontrealTime.toInstant(LocalDateTime.parse("2026-03-07T12:00"))).isEqualTo(Instant.parse("2026-03-07T17:00:00Z"));
        assertThat(MontrealTime.toInstant(LocalDateTime.parse("2026-03-09T12:00"))).isEqualTo(Instant.parse("2026-03-09T16:00:00Z"));
        assertThat(MontrealTime.toInstant(LocalDateTime.parse("2026-03-08T02:30"))).isEqualTo(Instant.parse("2026-03-08T07:30:00Z"));
        assertThat(MontrealTime.show(Instant.parse("2026-03-09T16:00:00Z"))).isEqualTo("2026-03-09T12:00:00-04:00");
        // in November the repeated hour is the earlier one (still daylight time)
        assertThat(MontrealTime.toInstant(LocalDateTime.parse("2026-11-01T01:30"))).isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
    }
}
