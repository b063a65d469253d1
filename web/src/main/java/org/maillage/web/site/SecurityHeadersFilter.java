package org.maillage.web.site;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * The headers OWASP recommends, besides the Content-Security-Policy that micronaut-views sets. Pages
 * may show a signed-in person's data, so none is kept in a shared cache.
 */
@Filter("/**")
public class SecurityHeadersFilter implements HttpServerFilter {

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        boolean asset = request.getPath().startsWith("/static/");
        return Flux.from(chain.proceed(request)).map(response -> {
            response.getHeaders()
                    .set("X-Content-Type-Options", "nosniff")
                    .set("X-Frame-Options", "DENY")
                    .set("Referrer-Policy", "same-origin")
                    .set("Permissions-Policy", "geolocation=(), camera=(), microphone=()")
                    .set("Cross-Origin-Opener-Policy", "same-origin")
                    .set("Cache-Control", asset ? "public, max-age=3600" : "no-store");
            return response;
        });
    }
}
