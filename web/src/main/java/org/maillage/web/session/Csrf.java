package org.maillage.web.session;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

import java.net.URI;

/**
 * Cross-site request forgery, two locks: every unsafe request must come from a page of this site
 * (Sec-Fetch-Site, or the Origin), and carry the form token of its session
 * (or, before sign-in, of its visitor cookie) in the form's {@code _csrf} field or the X-CSRF-Token header.
 */
public final class Csrf {

    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";

    private Csrf() {
    }

    /** The token this request's pages put in their forms. */
    public static String token(HttpRequest<?> request) {
        return Sessions.of(request).map(Session::csrfToken)
                .orElseGet(() -> request.getAttribute(SessionFilter.FORM_TOKEN, String.class).orElse(""));
    }

    public static boolean valid(HttpRequest<?> request, String submitted) {
        String sent = submitted != null ? submitted : request.getHeaders().get(HEADER);
        return SessionIds.same(token(request), sent);
    }

    /**
     * Fetch metadata first: every current browser says whether a request comes from the page's own origin
     * (Sec-Fetch-Site), whatever proxies sit in between and whatever the referrer policy (which can turn
     * Origin into "null"). Failing that, the Origin must be one of the site's: {@code origins} when set
     * (the public address, as the gateway rewrites Host), else this request's Host. A client that sends
     * neither is no browser and still needs the form token.
     */
    static boolean sameOrigin(HttpRequest<?> request, java.util.List<String> origins) {
        String site = request.getHeaders().get("Sec-Fetch-Site");
        if (site != null) {
            return "same-origin".equals(site);
        }
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin == null || "null".equals(origin)) {
            return true;
        }
        if (!origins.isEmpty()) {
            return origins.contains(origin);
        }
        String host = request.getHeaders().get(HttpHeaders.HOST);
        try {
            URI o = URI.create(origin);
            String authority = o.getPort() == -1 ? o.getHost() : o.getHost() + ":" + o.getPort();
            return host != null && host.equalsIgnoreCase(authority);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
