package org.maillage.web.client;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.context.ServerRequestContext;

/**
 * Every call of the site to the API, typed clients and all, goes out as the person the page is for:
 * <ul>
 * <li>with their access token, which the session part of the site puts on the page's request
 *     ({@link #TOKEN}) once it knows who is signed in; a call that names its own Authorization keeps it;</li>
 * <li>saying for whom, as a proxy does: the address the page's request came from is appended to its
 *     X-Forwarded-For. The gateway believes the chain only through its trusted proxies (this site, and itself in front
 *     of it), so every limit counts the visitor, not the site; a visitor's own header is never trusted, because the
 *     hop that the site appends is the real address it was reached from.</li>
 * </ul>
 */
@ClientFilter("/**")
public class ApiCalls {

    /** The page request's attribute holding the signed-in person's access token (never rendered, never in a cookie). */
    public static final String TOKEN = "maillage.api-token";
    public static final String FORWARDED_FOR = "X-Forwarded-For";

    @RequestFilter
    void asTheVisitor(MutableHttpRequest<?> apiCall) {
        ServerRequestContext.currentRequest().ifPresent(page -> {
            apiCall.getHeaders().set(FORWARDED_FOR, chain(page));
            if (!apiCall.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
                page.getAttribute(TOKEN, String.class).ifPresent(apiCall::bearerAuth);
            }
        });
    }

    static String chain(HttpRequest<?> page) {
        String received = String.join(", ", page.getHeaders().getAll(FORWARDED_FOR)).strip();
        String from = page.getRemoteAddress().getAddress().getHostAddress();
        return received.isEmpty() ? from : received + ", " + from;
    }
}
