package org.maillage.devstack.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When each step of a demo call for tenders happens. A finished call (awarded or cancelled) is published, asked about,
 * answered and decided within the Montréal pilot's months, nine weeks after the one before it; a call still open runs
 * today (every moment null: written at the platform's own time) so that a visitor can answer it.
 *
 * @param published when the buyer published it, or null for a call running today
 * @param deadline  its deadline, Montréal time
 */
record CallTimeline(ZonedDateTime published, LocalDateTime deadline) {

    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    private static final LocalDate FIRST_CALL = LocalDate.of(2014, 4, 7);

    /** The {@code k}-th finished call of the story. */
    static CallTimeline finished(int k) {
        LocalDate day = FIRST_CALL.plusWeeks(9L * k);
        return new CallTimeline(day.atTime(9, 30).atZone(MONTREAL), day.plusDays(21).atTime(14, 0));
    }

    static CallTimeline today(LocalDateTime deadline) {
        return new CallTimeline(null, deadline);
    }

    boolean inThePast() {
        return published != null;
    }

    ZonedDateTime drafted() {
        return published == null ? null : published.minusMinutes(30);
    }

    ZonedDateTime asked() {
        return after(2, 10, 0);
    }

    ZonedDateTime answered() {
        return after(2, 14, 0);
    }

    /** The {@code i}-th enterprise says whether it is interested, ten minutes after the one before. */
    ZonedDateTime interest(int i) {
        return after(3, 9, 10 * i);
    }

    ZonedDateTime response(int i) {
        return after(4, 9, 10 * i);
    }

    ZonedDateTime cancelled() {
        return after(7, 10, 0);
    }

    ZonedDateTime awarded() {
        return after(28, 10, 0);
    }

    /** The awarded contract starts two weeks after the award and runs a year. */
    LocalDate contractStarts() {
        return after(42, 0, 0).toLocalDate();
    }

    private ZonedDateTime after(int days, int hour, int minutes) {
        return published == null ? null : published.toLocalDate().plusDays(days).atTime(hour, 0).plusMinutes(minutes).atZone(MONTREAL);
    }
}
