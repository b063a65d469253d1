package org.maillage.web.coordinator;

import io.micronaut.core.annotation.Nullable;
import org.maillage.web.site.Page;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The months a coordinator asks figures for, as typed in the period form (a plain GET form, so the address
 * can be bookmarked and sent to a funder). Empty fields mean the pilot's period once it has ended, else from its first
 * month to this one (see {@link Presets}).
 *
 * @param within  months after a first contact in which a contract counts as having come from it
 * @param presets the periods offered as links, each with its address
 */
public record Period(String from, String to, String within, List<FieldError> errors, List<Presets.Preset> presets) {

    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");
    private static final Pattern WITHIN = Pattern.compile("[0-9]{1,3}");

    /** Reads the form; checks it here so that a mistake is said in the page's language, next to its field. */
    public static Period read(Page page, Coordination.Pilot pilot, @Nullable String from, @Nullable String to, @Nullable String within,
                              java.time.Clock clock) {
        Presets.Preset byDefault = Presets.byDefault(pilot, clock);
        String f = blank(from) ? byDefault.from().toString() : from.strip();
        String t = blank(to) ? byDefault.to().toString() : to.strip();
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
        return new Period(f, t, w, errors, Presets.of(pilot, clock));
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
        return new Period(from, to, within, more, presets);
    }

    /** A preset's address: its months, this period's referral window (the default one while the typed one is wrong). */
    public String query(Presets.Preset preset) {
        return "from=" + preset.from() + "&to=" + preset.to() + "&within=" + (errorFor("within") == null ? within : "12");
    }

    /** Whether the figures shown are this preset's. */
    public boolean is(Presets.Preset preset) {
        return preset.from().toString().equals(from) && preset.to().toString().equals(to);
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
