package org.maillage.reporting.dashboard;

import org.maillage.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The months a report covers, both included, as a coordinator picks them ("2014-01" to "2015-06").
 * Without bounds: from the platform's first pilot to the current month in Montréal, as the injected clock tells it.
 */
public record Period(YearMonth from, YearMonth to) {

    /** A month as the API takes it. */
    public static final String MONTH = "[0-9]{4}-(0[1-9]|1[0-2])";
    public static final String MONTH_MESSAGE = "a month as YYYY-MM, e.g. 2014-06";

    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    private static final YearMonth EARLIEST = YearMonth.of(2000, 1);

    public static Period parse(String from, String to, java.time.Clock clock) {
        YearMonth f = from == null || from.isBlank() ? EARLIEST : month("from", from);
        // the clock's instant in Montréal, not clock.withZone: the platform's clock is UTC and keeps its zone
        YearMonth t = to == null || to.isBlank() ? YearMonth.from(clock.instant().atZone(MONTREAL)) : month("to", to);
        if (t.isBefore(f)) {
            throw ProblemException.invalid("to", "must not be before from (" + f + ")");
        }
        return new Period(f, t);
    }

    public LocalDate firstDay() {
        return from.atDay(1);
    }

    /** Every month of the period, in order: a month without a contract is a month all the same. */
    public java.util.List<YearMonth> months() {
        return java.util.stream.Stream.iterate(from, m -> !m.isAfter(to), m -> m.plusMonths(1)).toList();
    }

    public LocalDate lastMonth() {
        return to.atDay(1);
    }

    /** The first instant after the period, in Montréal time. */
    public java.time.Instant endExclusive() {
        return to.plusMonths(1).atDay(1).atStartOfDay(MONTREAL).toInstant();
    }

    public java.time.Instant start() {
        return from.atDay(1).atStartOfDay(MONTREAL).toInstant();
    }

    private static YearMonth month(String field, String value) {
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "a month as YYYY-MM, e.g. 2014-06");
        }
    }
}
