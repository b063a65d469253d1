package org.maillage.web.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.context.ServerRequestContext;

/**
 * The site calls the API for its visitors, and says for whom, as a proxy does: it appends the address its own request
 * came from to that request's X-Forwarded-For. The gateway believes the chain only through its trusted proxies (this
 * site, and itself in front of it), so every limit counts the visitor, not the site; a visitor's own header is
 * never trusted, because the hop that the site appends is the real address it was reached from.
 */
@ClientFilter("/**")
public class VisitorForwarding {

    public static final String HEADER = "X-Forwarded-For";

    @RequestFilter
    void forward(MutableHttpRequest<?> apiCall) {
        ServerRequestContext.currentRequest().ifPresent(page -> apiCall.getHeaders().set(HEADER, chain(page)));
    }

    static String chain(HttpRequest<?> page) {
        String received = String.join(", ", page.getHeaders().getAll(HEADER)).strip();
        String from = page.getRemoteAddress().getAddress().getHostAddress();
        return received.isEmpty() ? from : received + ", " + from;
    }
}
