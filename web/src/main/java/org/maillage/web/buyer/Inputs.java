package org.maillage.web.buyer;

import io.micronaut.core.annotation.Nullable;
import org.maillage.web.api.ApiException;
import org.maillage.web.site.Page;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Reads typed values as people write them (75 000,50 or 75,000.50; 2027-02-15 and 12:00), noting what cannot be read. */
final class Inputs {

    private Inputs() {
    }

    @Nullable
    static BigDecimal money(Form f, String field, Page p) {
        String raw = f.value(field).replaceAll("[\\s\\u00a0\\u202f$]", "");
        if (raw.isEmpty()) {
            return null;
        }
        // a comma followed by exactly two digits at the end is a decimal comma; any other comma groups thousands
        String normal = raw.matches(".*,\\d{1,2}") ? raw.replace(".", "").replace(',', '.') : raw.replace(",", "");
        try {
            BigDecimal v = new BigDecimal(normal);
            if (v.signum() < 0) {
                f.error(field, p.t("buyer.error.money"));
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            f.error(field, p.t("buyer.error.money"));
            return null;
        }
    }

    @Nullable
    static LocalDate date(Form f, String field, Page p) {
        String raw = f.value(field);
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            f.error(field, p.t("buyer.error.date"));
            return null;
        }
    }

    /** A Montréal local time (the API reads a time without offset as Montréal time), or null with the error noted. */
    @Nullable
    static String montreal(Form f, String dateField, String timeField, Page p, boolean required) {
        if (f.value(dateField).isEmpty() && f.value(timeField).isEmpty()) {
            if (required) {
                f.error(dateField, p.t("buyer.error.deadlineMissing"));
            }
            return null;
        }
        LocalDate d = date(f, dateField, p);
        if (f.value(dateField).isEmpty()) {
            f.error(dateField, p.t("buyer.error.date"));
        }
        LocalTime t = null;
        try {
            t = f.value(timeField).isEmpty() ? LocalTime.NOON : LocalTime.parse(f.value(timeField));
        } catch (DateTimeParseException e) {
            f.error(timeField, p.t("buyer.error.time"));
        }
        return d == null || t == null ? null : d.atTime(t).toString();
    }

    /**
     * The API's refusal, next to the fields it names ({@code categories[2]} is the categories field); a refusal that
     * names no field of this form goes to the summary with the API's own words.
     */
    private static void refused(Form f, ApiException e, Map<String, String> fields) {
        boolean placed = false;
        for (ApiException.FieldError x : e.fieldErrors()) {
            String name = x.field() == null ? null : x.field().replaceAll("\\[\\d+]", "");
            String mine = name == null ? null : fields.getOrDefault(name, null);
            f.error(mine, x.message() == null ? e.getMessage() : x.message());
            placed = true;
        }
        if (!placed) {
            f.error(null, e.getMessage());
        }
    }

    /**
     * Sends what a form asks for to the API, if the form holds no error of its own. False when the form must be shown
     * again: for its own errors, or for the API's refusal, placed next to the fields it names ({@code fields}: the API's
     * name to the form's). Any other failure of the API goes on up, to the error page.
     */
    static boolean accepted(Form f, Map<String, String> fields, Runnable call) {
        return answered(f, fields, () -> {
            call.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** As {@link #accepted}, for a call whose answer the page needs: empty when the form must be shown again. */
    static <T> Optional<T> answered(Form f, Map<String, String> fields, Supplier<T> call) {
        if (!f.ok()) {
            return Optional.empty();
        }
        try {
            return Optional.of(call.get());
        } catch (ApiException e) {
            if (!isRefusal(e)) {
                throw e;
            }
            refused(f, e, fields);
            return Optional.empty();
        }
    }

    /** Whether the API refused what was sent (and the page should say why), rather than failed. */
    private static boolean isRefusal(ApiException e) {
        return e.status() == 400 || e.status() == 409 || e.status() == 422;
    }
}
