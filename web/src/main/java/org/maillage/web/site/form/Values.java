package org.maillage.web.site.form;

import io.micronaut.core.annotation.Nullable;
import org.maillage.web.site.Page;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Reads a form's typed values as people write them (75 000,50 $ or $75,000.50; a date field's 2027-02-15), and says
 * beside the field what could not be read: the form's record keeps every field as typed (see {@link Form}), so that
 * nothing is refused by the binding before the person is told why.
 */
public final class Values {

    private Values() {
    }

    /** An amount in dollars, or null: when blank (the record's constraints say whether it may be), or unreadable (error). */
    @Nullable
    public static BigDecimal money(Form<?> form, String field, Page page, String errorKey) {
        String raw = form.value(field).replaceAll("[\\s\\u00a0\\u202f$]", "");
        if (raw.isEmpty()) {
            return null;
        }
        // a comma followed by one or two digits at the end is a decimal comma; any other comma groups thousands
        String normal = raw.matches(".*,\\d{1,2}") ? raw.replace(".", "").replace(',', '.') : raw.replace(",", "");
        try {
            BigDecimal v = new BigDecimal(normal);
            if (v.signum() >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        form.error(field, page.t(errorKey));
        return null;
    }

    /** A date as a date field sends it, or null: blank, or unreadable (error). */
    @Nullable
    public static LocalDate date(Form<?> form, String field, Page page, String errorKey) {
        String raw = form.value(field);
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            form.error(field, page.t(errorKey));
            return null;
        }
    }

    /** A choice of a list sent as its identifier, or null: blank, or not one (error). */
    @Nullable
    public static UUID id(Form<?> form, String field, Page page, String errorKey) {
        String raw = form.value(field);
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            form.error(field, page.t(errorKey));
            return null;
        }
    }
}
