package org.maillage.web.coordinator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * The periods a coordinator most often asks for, each an address that can be shared: the pilot's own period, this
 * year, the last twelve months, and everything since the pilot began. Months up to this one only: a figure for a
 * month still to come would be a zero that says nothing.
 */
public final class Presets {

    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    private Presets() {
    }

    /** One choice: its message key and its months. */
    public record Preset(String key, YearMonth from, YearMonth to) {
    }

    /** This month in Montréal, read from the clock's instant (the platform's clock is UTC and keeps its zone). */
    public static YearMonth thisMonth(Clock clock) {
        return YearMonth.from(clock.instant().atZone(MONTREAL));
    }

    /** Whether the pilot's last day is behind us. */
    public static boolean ended(LocalDate endsOn, Clock clock) {
        return endsOn.isBefore(LocalDate.ofInstant(clock.instant(), MONTREAL));
    }

    /** The pilot's months, up to this one while it runs (never before its first). */
    public static Preset pilot(LocalDate startsOn, LocalDate endsOn, Clock clock) {
        YearMonth start = YearMonth.from(startsOn);
        YearMonth end = YearMonth.from(endsOn);
        YearMonth now = thisMonth(clock);
        YearMonth to = end.isAfter(now) ? now : end;
        return new Preset("pilot", start, to.isBefore(start) ? start : to);
    }

    /** From the pilot's first month to this one. */
    public static Preset sinceStart(LocalDate startsOn, Clock clock) {
        YearMonth start = YearMonth.from(startsOn);
        YearMonth now = thisMonth(clock);
        return new Preset("all", start, now.isBefore(start) ? start : now);
    }

    public static List<Preset> of(Coordination.Pilot pilot, Clock clock) {
        YearMonth now = thisMonth(clock);
        return List.of(pilot(pilot.startsOn(), pilot.endsOn(), clock), new Preset("year", YearMonth.of(now.getYear(), 1), now),
                new Preset("twelve", now.minusMonths(11), now), sinceStart(pilot.startsOn(), clock));
    }

    /** The default: the pilot's period once it has ended, else from its start to this month. */
    public static Preset byDefault(Coordination.Pilot pilot, Clock clock) {
        return ended(pilot.endsOn(), clock) ? pilot(pilot.startsOn(), pilot.endsOn(), clock) : sinceStart(pilot.startsOn(), clock);
    }
}
