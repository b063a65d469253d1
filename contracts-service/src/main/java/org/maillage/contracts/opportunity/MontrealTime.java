package org.maillage.contracts.opportunity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Deadlines are entered and shown in Montréal time and stored as instants. A local time that does not
 * exist (the hour skipped in March) moves forward by the gap; one that exists twice (November) is the earlier.
 */
public final class MontrealTime {

    public static final ZoneId ZONE = ZoneId.of("America/Montreal");

    private MontrealTime() {
    }

    public static Instant toInstant(LocalDateTime local) {
        return ZonedDateTime.ofLocal(local, ZONE, null).toInstant();
    }

    /** ISO local date-time with its offset, e.g. 2026-03-10T12:00:00-04:00. */
    public static String show(Instant instant) {
        return instant.atZone(ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
