package org.maillage.gateway.hygiene;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * The headers OWASP recommends for every response of a web application. A service that sets one itself
 * keeps its own (the site has a stricter policy for its pages and needs its Referrer-Policy for sign-in).
 */
@Filter("/**")
public class SecurityHeadersFilter implements HttpServerFilter {

    /** The API answers data, never a page: nothing in it may load or run. */
    private static final String NOTHING_TO_RUN = "default-src 'none'; frame-ancestors 'none'";
    /** Swagger UI's bundle styles its elements inline; its scripts are files of our own origin. */
    private static final String SWAGGER_UI = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        return Flux.from(chain.proceed(request)).map(response -> {
            unlessSet(response, "X-Content-Type-Options", "nosniff");
            unlessSet(response, "X-Frame-Options", "DENY");
            unlessSet(response, "Referrer-Policy", "no-referrer");
            unlessSet(response, "Content-Security-Policy", request.getPath().startsWith("/api/docs") ? SWAGGER_UI : NOTHING_TO_RUN);
            unlessSet(response, "Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            unlessSet(response, "Permissions-Policy", "geolocation=(), camera=(), microphone=()");
            unlessSet(response, "Cross-Origin-Opener-Policy", "same-origin");
            return response;
        });
    }

    private static void unlessSet(MutableHttpResponse<?> response, String name, String value) {
        if (!response.getHeaders().contains(name)) {
            response.header(name, value);
        }
    }
}
