package org.maillage.web.site;

import java.util.Locale;
import java.util.Optional;

/** The site's two languages; French first, as the pilots are in Québec. */
public enum Language {
    FR(Locale.CANADA_FRENCH), EN(Locale.CANADA);

    public static final String COOKIE = "maillage-lang";

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The value of the page's {@code lang} attribute and of the cookie. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Language other() {
        return this == FR ? EN : FR;
    }

    public static Optional<Language> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language l : values()) {
            if (l.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
