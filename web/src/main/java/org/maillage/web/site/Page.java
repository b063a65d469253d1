package org.maillage.web.site;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.util.StringUtils;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What every page's layout needs besides its own content: the language and its texts and formats, the
 * page's own address (for the language switch and the return after sign-in), the person signed in and
 * the form token.
 *
 * @param path      the page's path and query, to come back to it
 * @param signedIn  the email of the person signed in, or null
 * @param csrfToken the token every form and htmx request of this page carries
 * @param role      the signed-in person's role (SUPPLIER, BUYER, COORDINATOR), for the links of their own pages; null when signed out
 */
public record Page(Language language, String path, @Nullable String signedIn, String csrfToken, String title, @Nullable String role) {

    public Page(Language language, String path, @Nullable String signedIn, String csrfToken, String title) {
        this(language, path, signedIn, csrfToken, title, null);
    }

    public boolean isBuyer() {
        return "BUYER".equals(role);
    }

    public boolean isCoordinator() {
        return "COORDINATOR".equals(role);
    }

    public boolean isSupplier() {
        return "SUPPLIER".equals(role);
    }

    public String lang() {
        return language.code();
    }

    public String t(String key, Object... args) {
        return Texts.of(language).get(key, args);
    }

    /** The text under {@code key}, or null when this site has none. */
    @Nullable
    public String known(String key) {
        Texts texts = Texts.of(language);
        return texts.bundle().containsKey(key) ? texts.get(key) : null;
    }

    public String label(String prefix, String code) {
        return Texts.of(language).label(prefix, code);
    }

    public Formats formats() {
        return new Formats(language);
    }

    public String number(long n) {
        return formats().number(n);
    }

    public String money(BigDecimal amount) {
        return formats().money(amount);
    }

    public String dateTime(Instant instant) {
        return formats().dateTime(instant);
    }

    public String date(LocalDate date) {
        return formats().date(date);
    }

    /** Which text of a bilingual pair to show: this language's when present, else the other one. */
    public String pick(@Nullable String fr, @Nullable String en) {
        String mine = language == Language.FR ? fr : en;
        String theirs = language == Language.FR ? en : fr;
        return StringUtils.isNotEmpty(mine) ? mine : (theirs == null ? "" : theirs);
    }

    public String switchLanguageUrl() {
        return "/lang/" + language.other().code() + "?back=" + encode(path);
    }

    public String signInUrl() {
        return "/sign-in?back=" + encode(path);
    }

    public String otherLang() {
        return language.other().code();
    }

    public boolean isSignedIn() {
        return signedIn != null;
    }

    /** The same page, its title saying first that a form on it holds errors (so that a screen reader hears it at once). */
    public Page withError() {
        return new Page(language, path, signedIn, csrfToken, t("form.errorTitle") + " – " + title, role);
    }

    /** The page's title in the browser tab: the page, then the site. */
    public String fullTitle() {
        return title + " – " + t("site.name");
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
