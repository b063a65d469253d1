package org.maillage.gateway.limits;

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

import java.util.List;
import java.util.Map;

/**
 * Refuses a body larger than its path allows before a byte of it is forwarded: the server takes files up to the
 * upload limit on the paths that take them (documents), and every other request keeps the small limit of JSON.
 * Runs after the rate limiter, so an oversized request still spends its caller's quota.
 */
@Filter("/**")
public class BodyLimitFilter implements HttpServerFilter {

    private final BodyLimitSettings settings;

    public BodyLimitFilter(BodyLimitSettings settings) {
        this.settings = settings;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 200;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        long limit = settings.isUpload(request.getPath()) ? settings.getUploadBytes() : settings.getDefaultBytes();
        if (request.getContentLength() <= limit) {
            return chain.proceed(request);
        }
        // the connection is closed: the rest of the body is not read for nothing
        return Mono.just(tooLarge(request, settings).header("Connection", "close"));
    }

    /**
     * The problem for a body past its path's limit. A body sent in chunks has no length to check up front: the server
     * stops it at its max-request-size while it streams to the service, and the proxy answers with this too.
     */
    public static MutableHttpResponse<?> tooLarge(HttpRequest<?> request, BodyLimitSettings settings) {
        boolean upload = settings.isUpload(request.getPath());
        long limit = upload ? settings.getUploadBytes() : settings.getDefaultBytes();
        String size = limit / (1024 * 1024) + " MiB";
        MutableHttpResponse<?> refused = Problems.of(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "Request too large / Requête trop volumineuse",
                (upload ? "file: the file is larger than " : "The body is larger than ") + size + ". / "
                        + (upload ? "le fichier dépasse " : "le corps de la requête dépasse ") + size + ".", request);
        if (upload) {
            // the only large part of an upload is its file: name it, as the service would
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) refused.body();
            body.put("errors", List.of(Map.of("field", "file", "message", "larger than " + size + " / plus de " + size)));
        }
        return refused;
    }
}
