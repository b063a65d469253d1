package org.maillage.notification.message;

import java.time.Instant;
import java.time.ZoneId;
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

    /** "15 février 2027 à 12 h 00 (heure de Montréal)" or "February 15, 2027 at 12:00 p.m. (Montréal time)". */
    public String deadline(Instant deadline) {
        return DateTimeFormatter.ofPattern(get("deadline.pattern"), locale).format(deadline.atZone(MONTREAL)) + " " + get("deadline.zone");
    }

    /** "12 345,00 $" or "$12,345.00": dollars before taxes as each language writes them. */
    public String money(java.math.BigDecimal cad) {
        return java.text.NumberFormat.getCurrencyInstance(locale).format(cad);
    }
}
