package org.maillage.gateway.routing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.client.ProxyHttpClient;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;


/**
 * Forwards /api/** to the owning service and the site's pages to web, body streamed, with a W3C traceparent that the services
 * carry on into their Kafka events. A service that cannot be reached gives a
 * problem+json 502 (or 504 on a timeout); the gateway itself stays up.
 */
@Filter("/**")
public class ProxyFilter implements HttpServerFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ProxyFilter.class);

    private final ProxyHttpClient client;
    private final Routes routes;

    public ProxyFilter(ProxyHttpClient client, Routes routes) {
        this.client = client;
        this.routes = routes;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        return routes.resolve(request.getPath())
                .<Publisher<MutableHttpResponse<?>>>map(target -> {
                    String traceparent = TraceContext.continueOrStart(request.getHeaders().get(TraceContext.HEADER));
                    return Mono.from(client.proxy(request.mutate()
                                    .header(TraceContext.HEADER, traceparent)
                                    .uri(b -> b.scheme(target.base().getScheme()).host(target.base().getHost()).port(target.base().getPort()))))
                            .onErrorResume(e -> Mono.just(unavailable(target, request, e)))
                            .map(response -> response.header(TraceContext.HEADER, traceparent));
                })
                // not a service's: the gateway's own (API docs) or nothing, which the router answers with 404
                .orElseGet(() -> chain.proceed(request));
    }

    private static MutableHttpResponse<?> unavailable(Routes.Target target, HttpRequest<?> request, Throwable e) {
        LOG.warn("{} {} -> {}: {}", request.getMethod(), request.getPath(), target.service(), e.toString());
        if (e instanceof ReadTimeoutException) {
            return Problems.of(HttpStatus.GATEWAY_TIMEOUT, "Service too slow / Service trop lent",
                    target.service() + " did not answer in time; try again shortly.", request);
        }
        return Problems.of(HttpStatus.BAD_GATEWAY, "Service unavailable / Service indisponible",
                target.service() + " cannot be reached right now; try again shortly.", request);
    }
}
