package org.maillage.gateway.limits;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
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
        if (request.getContentLength() <= settings.limitFor(request.getPath())) {
            return chain.proceed(request);
        }
        // the connection is closed: the rest of the body is not read for nothing
        return Mono.just(tooLarge(request, settings).header("Connection", "close"));
    }

    /**
     * The problem for a body past its path's limit. A body sent in chunks has no length to check up front: it is
     * counted while it streams (StreamingBodyLimit) and refused with this same problem once it passes the limit.
     */
    public static MutableHttpResponse<?> tooLarge(HttpRequest<?> request, BodyLimitSettings settings) {
        return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).contentType("application/problem+json")
                .body(problem(request.getPath(), settings));
    }

    /** The problem's fields: an upload's only large part is its file, which is named as the service would. */
    static Map<String, Object> problem(String path, BodyLimitSettings settings) {
        boolean upload = settings.isUpload(path);
        String size = settings.limitFor(path) / (1024 * 1024) + " MiB";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", "Request too large / Requête trop volumineuse");
        body.put("status", HttpStatus.REQUEST_ENTITY_TOO_LARGE.getCode());
        body.put("detail", (upload ? "file: the file is larger than " : "The body is larger than ") + size + ". / "
                + (upload ? "le fichier dépasse " : "le corps de la requête dépasse ") + size + ".");
        body.put("instance", path);
        if (upload) {
            body.put("errors", List.of(Map.of("field", "file", "message", "larger than " + size + " / plus de " + size)));
        }
        return body;
    }
}
