package org.maillage.web.site;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Numbers, money and dates as each language writes them: {@code 1 234,56 $} and {@code $1,234.56};
 * times always in Montréal's zone and saying so, since deadlines are legal facts.
 */
public final class Formats {

    public static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    private final Language language;
    private final Texts texts;

    public Formats(Language language) {
        this.language = language;
        this.texts = Texts.of(language);
    }

    public String number(long n) {
        return NumberFormat.getIntegerInstance(language.locale()).format(n);
    }

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat f = (DecimalFormat) NumberFormat.getCurrencyInstance(language.locale());
        // Java 17's locale data writes "$ CA" in Canadian French; Québec writes "$", as English Canada does
        DecimalFormatSymbols symbols = f.getDecimalFormatSymbols();
        symbols.setCurrencySymbol("$");
        f.setDecimalFormatSymbols(symbols);
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        f.setMinimumFractionDigits(whole ? 0 : 2);
        f.setMaximumFractionDigits(2);
        return f.format(amount);
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** 2026-03-10 12 h 00 (heure de Montréal) / 2026-03-10 12:00 (Montréal time). */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        String pattern = language == Language.FR ? "yyyy-MM-dd HH 'h' mm" : "yyyy-MM-dd HH:mm";
        return DateTimeFormatter.ofPattern(pattern, language.locale()).format(instant.atZone(MONTREAL)) + " " + texts.get("time.zone");
    }
}
