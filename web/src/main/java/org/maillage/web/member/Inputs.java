package org.maillage.web.member;

import io.micronaut.core.annotation.Nullable;
import org.maillage.web.site.Language;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Reading what a person typed: amounts as each language writes them, dates, identifiers. */
public final class Inputs {

    private static final Pattern AMOUNT = Pattern.compile("[0-9]+(\\.[0-9]{1,2})?");

    private Inputs() {
    }

    /**
     * An amount in dollars: {@code 12 000,50 $} in French, {@code $12,000.50} in English; spaces (also the
     * narrow ones French uses) and the dollar sign are ignored. Empty when it is no amount.
     */
    public static Optional<BigDecimal> money(String typed, Language language) {
        String s = typed.replaceAll("[\\s\\u00a0\\u202f$]", "");
        s = language == Language.FR ? s.replace(',', '.') : s.replace(",", "");
        return AMOUNT.matcher(s).matches() ? Optional.of(new BigDecimal(s)) : Optional.empty();
    }

    /** A date as a date field sends it (yyyy-mm-dd), or null when blank or no date (see {@link #badDate}). */
    @Nullable
    public static LocalDate date(String typed) {
        try {
            return typed.isEmpty() ? null : LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Something was typed that is no date. */
    public static boolean badDate(String typed) {
        return !typed.isEmpty() && date(typed) == null;
    }

    @Nullable
    public static UUID uuid(String typed) {
        try {
            return typed.isEmpty() ? null : UUID.fromString(typed);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
