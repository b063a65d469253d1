package org.maillage.web.coordinator;

import io.micronaut.core.annotation.Nullable;
import org.maillage.web.site.Page;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The months a coordinator asks figures for, as typed in the period form (a plain GET form, so the address
 * can be bookmarked and sent to a funder). Empty fields mean from the pilot's first month to this one.
 *
 * @param within months after a first contact in which a contract counts as having come from it
 */
public record Period(String from, String to, String within, List<FieldError> errors) {

    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");
    private static final Pattern WITHIN = Pattern.compile("[0-9]{1,3}");

    /** Reads the form; checks it here so that a mistake is said in the page's language, next to its field. */
    public static Period read(Page page, Coordination.Pilot pilot, @Nullable String from, @Nullable String to, @Nullable String within) {
        String f = blank(from) ? YearMonth.from(pilot.startsOn()).toString() : from.strip();
        // up to this month by default, not the pilot's planned end: contracts keep coming after it, and the public
        // front page counts them too, so both tell the same story
        YearMonth now = YearMonth.now(MONTREAL);
        YearMonth start = YearMonth.from(pilot.startsOn());
        String t = blank(to) ? (now.isBefore(start) ? start : now).toString() : to.strip();
        String w = blank(within) ? "12" : within.strip();
        List<FieldError> errors = new ArrayList<>();
        if (!MONTH.matcher(f).matches()) {
            errors.add(new FieldError("from", page.t("coord.period.badMonth", page.t("coord.period.from"))));
        }
        if (!MONTH.matcher(t).matches()) {
            errors.add(new FieldError("to", page.t("coord.period.badMonth", page.t("coord.period.to"))));
        }
        if (errors.isEmpty() && YearMonth.parse(t).isBefore(YearMonth.parse(f))) {
            errors.add(new FieldError("to", page.t("coord.period.toBeforeFrom")));
        }
        if (!WITHIN.matcher(w).matches() || Integer.parseInt(w) > 120) {
            errors.add(new FieldError("within", page.t("coord.period.badWithin")));
        }
        return new Period(f, t, w, errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    @Nullable
    public String errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }

    public Period with(String field, String message) {
        List<FieldError> more = new ArrayList<>(errors);
        more.add(new FieldError(field, message));
        return new Period(from, to, within, more);
    }

    /** The period as the API's and the site's query string. */
    public String query() {
        return "from=" + from + "&to=" + to + "&within=" + within;
    }

    /** The period without the referral window, for the CSV tables that take only months. */
    public String months() {
        return "from=" + from + "&to=" + to;
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
