package org.maillage.web.session;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

import java.net.URI;

/**
 * Cross-site request forgery, two locks: every unsafe request must come from a page of this site
 * (Origin, or Sec-Fetch-Site where a browser sends no Origin), and carry the form token of its session
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

    static boolean sameOrigin(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin == null) {
            String site = request.getHeaders().get("Sec-Fetch-Site");
            return site == null || "same-origin".equals(site);
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
