package org.maillage.gateway.paths;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import org.maillage.gateway.routing.Problems;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.net.URI;

/**
 * Runs first: every later filter (limits, routing, the proxy) and the service behind see only the
 * normalized path, so a limit written for {@code /api/auth/login} holds for every spelling of it.
 */
@Filter("/**")
public class PathNormalizationFilter implements HttpServerFilter {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String raw = request.getUri().getRawPath();
        return PathNormalizer.normalize(raw)
                .<Publisher<MutableHttpResponse<?>>>map(path -> path.equals(raw)
                        ? chain.proceed(request)
                        : chain.proceed(request.mutate().uri(withPath(request.getUri(), path))))
                .orElseGet(() -> Mono.just(Problems.of(HttpStatus.BAD_REQUEST, "Invalid path / Chemin invalide",
                        "The path names no resource. / Le chemin ne désigne aucune ressource.", request)));
    }

    private static URI withPath(URI uri, String path) {
        return URI.create(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
    }
}
