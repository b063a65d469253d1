package org.maillage.web.supplier;

import org.maillage.web.site.Page;

import java.time.Duration;
import java.time.Instant;

/** How long remains before a deadline, in the page's words; the deadline itself, not the closing job, is the rule. */
final class Deadlines {

    private Deadlines() {
    }

    static boolean open(String status, Instant deadline, Instant now) {
        return "PUBLISHED".equals(status) && now.isBefore(deadline);
    }

    /** "3 j 4 h", "5 h 12 min", "12 min"; null once passed. */
    static String remaining(Instant deadline, Instant now, Page p) {
        Duration left = Duration.between(now, deadline);
        if (left.isNegative() || left.isZero()) {
            return null;
        }
        long days = left.toDays();
        if (days > 0) {
            return p.t("supplier.remaining.days", days, left.toHoursPart());
        }
        if (left.toHours() > 0) {
            return p.t("supplier.remaining.hours", left.toHours(), left.toMinutesPart());
        }
        return p.t("supplier.remaining.minutes", Math.max(1, left.toMinutesPart()));
    }
}
