package org.maillage.web.site;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** One language's message bundle: every text of the site lives in i18n/messages_<lang>.properties. */
public final class Texts {

    // no fallback to the machine's own locale: a missing English text must show, not turn French silently
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Language language;
    private final ResourceBundle bundle;

    private Texts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("i18n.messages", java.util.Locale.forLanguageTag(language.code()), NO_FALLBACK);
    }

    private static final Texts FR = new Texts(Language.FR);
    private static final Texts EN = new Texts(Language.EN);

    public static Texts of(Language language) {
        return language == Language.FR ? FR : EN;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text " + key + " in " + language.code(), e);
        }
        // always through MessageFormat, so that every text writes an apostrophe the same way ('')
        return new MessageFormat(pattern, language.locale()).format(args);
    }

    /** A text whose key is built from a code (a region, a method, a status), or the code itself when none is known. */
    public String label(String prefix, String code) {
        return code != null && bundle.containsKey(prefix + code) ? get(prefix + code) : code;
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
