package org.maillage.web.session;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * The site's cookies. By default the session and form cookies are {@code __Host-} prefixed and Secure, so no sub-domain
 * or plain-HTTP page can set or read them; only a local run over plain HTTP turns that off, explicitly
 * (MAILLAGE_WEB_SECURE_COOKIES=false). Always HttpOnly and SameSite=Lax.
 */
@Singleton
public class Cookies {

    private final boolean secure;

    public Cookies(@Value("${maillage.web.secure-cookies:true}") boolean secure) {
        this.secure = secure;
    }

    public String sessionName() {
        return secure ? "__Host-maillage-session" : "maillage-session";
    }

    /** The anonymous visitor's form token (double-submit), for the sign-in form before any session exists. */
    public String formTokenName() {
        return secure ? "__Host-maillage-form" : "maillage-form";
    }

    public Cookie session(String id) {
        return base(sessionName(), id);
    }

    public Cookie formToken(String token) {
        return base(formTokenName(), token);
    }

    public Cookie expired(String name) {
        return base(name, "").maxAge(0);
    }

    /** Not a secret: only the chosen language, remembered for a year. */
    public Cookie language(String code) {
        return Cookie.of(org.maillage.web.site.Language.COOKIE, code).path("/").httpOnly(true).sameSite(SameSite.Lax)
                .secure(secure).maxAge(Duration.ofDays(365));
    }

    private Cookie base(String name, String value) {
        return Cookie.of(name, value).path("/").httpOnly(true).sameSite(SameSite.Lax).secure(secure);
    }
}
