package org.maillage.gateway.hygiene;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/** The headers OWASP recommends for every response of a web application. */
@Filter("/**")
public class SecurityHeadersFilter implements HttpServerFilter {

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        return Flux.from(chain.proceed(request)).map(response -> response
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")
                .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
                .header("Permissions-Policy", "geolocation=(), camera=(), microphone=()")
                .header("Cross-Origin-Opener-Policy", "same-origin"));
    }
}
