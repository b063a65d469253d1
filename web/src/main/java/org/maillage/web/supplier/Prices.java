package org.maillage.web.supplier;

import io.micronaut.core.annotation.Nullable;
import org.maillage.web.site.Language;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A price as people type it: "18 450,50 $" in French, "$18,450.50" in English, or plainly "18450.5". When both
 * separators appear the last one is the decimal one; a lone comma is the decimal one in French and a thousands
 * separator in English only when it groups three digits.
 */
final class Prices {

    private static final Pattern ENGLISH_THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    static final int MAX_INTEGER_DIGITS = 12;

    private Prices() {
    }

    /** The amount, or null when the text is no amount of money. */
    @Nullable
    static BigDecimal parse(String typed, Language language) {
        String s = typed.replaceAll("[\\s\\u00a0\\u202f$]", "").replace("CAD", "");
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0) {
            s = language == Language.EN && ENGLISH_THOUSANDS.matcher(s).matches() ? s.replace(",", "") : s.replace(',', '.');
        }
        return NUMBER.matcher(s).matches() ? new BigDecimal(s) : null;
    }

    /** As the form shows it again: no grouping, the language's decimal separator, cents only when there are some. */
    static String input(BigDecimal amount, Language language) {
        BigDecimal a = amount.stripTrailingZeros().scale() <= 0 ? amount.setScale(0, java.math.RoundingMode.UNNECESSARY) : amount.setScale(2);
        String plain = a.toPlainString();
        return language == Language.FR ? plain.replace('.', ',') : plain;
    }
}
