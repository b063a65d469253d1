package org.maillage.notification.message;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The message bundle of one language (French unless English), with named placeholders. */
public final class Texts {

    public static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** French by default: any language other than en reads French. */
    public static Texts of(String language) {
        Locale locale = "en".equals(language) ? Locale.CANADA : Locale.CANADA_FRENCH;
        // no fallback to the JVM's default locale: the base bundle is French
        return new Texts(ResourceBundle.getBundle("i18n.messages", "en".equals(language) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    public String language() {
        return locale.getLanguage();
    }

    public String get(String key, Map<String, String> values) {
        String text = bundle.getString(key);
        for (Map.Entry<String, String> v : values.entrySet()) {
            text = text.replace("{" + v.getKey() + "}", v.getValue() == null ? "" : v.getValue());
        }
        return text;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /**
     * "15 février 2027 à 12 h 00 (heure de Montréal)" or "February 15, 2027 at 12:00 p.m. (Montréal time)"; French writes the
     * first of the month "1er".
     */
    public String deadline(Instant deadline) {
        ZonedDateTime at = deadline.atZone(MONTREAL);
        String date = DateTimeFormatter.ofPattern(get("deadline.pattern"), locale).format(at);
        if (at.getDayOfMonth() == 1 && "fr".equals(language())) {
            date = "1er" + date.substring(1);
        }
        return date + " " + get("deadline.zone");
    }

    /** A category's label in this language, or its code when the bundle has none (a code newer than this service). */
    public String category(String code) {
        return bundle.containsKey("category." + code) ? bundle.getString("category." + code) : code;
    }

    /**
     * "12 345,00 $" or "$12,345.00": dollars before taxes as each language writes them in Québec. The JDK's fr-CA data writes
     * "$ CA", which no one here reads: the sign is set to "$".
     */
    public String money(java.math.BigDecimal cad) {
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(locale);
        if (format instanceof java.text.DecimalFormat decimal) {
            java.text.DecimalFormatSymbols symbols = decimal.getDecimalFormatSymbols();
            symbols.setCurrencySymbol("$");
            decimal.setDecimalFormatSymbols(symbols);
        }
        return format.format(cad);
    }
}
