package org.maillage.gateway.routing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.client.ProxyHttpClient;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import org.maillage.gateway.client.ClientAddress;
import org.maillage.gateway.limits.BodyLimitFilter;
import org.maillage.gateway.limits.BodyLimitSettings;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;


/**
 * Forwards /api/** to the owning service and the site's pages to web, body streamed, with a W3C traceparent that the services
 * carry on into their Kafka events. A service that cannot be reached gives a
 * problem+json 502 (or 504 on a timeout); the gateway itself stays up.
 */
// every path: which ones belong to a service is decided on the normalized path, not on how it was spelled
@Filter("/**")
public class ProxyFilter implements HttpServerFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ProxyFilter.class);

    private final ProxyHttpClient client;
    private final Routes routes;
    private final ClientAddress clients;
    private final BodyLimitSettings bodyLimits;

    public ProxyFilter(ProxyHttpClient client, Routes routes, ClientAddress clients, BodyLimitSettings bodyLimits) {
        this.client = client;
        this.routes = routes;
        this.clients = clients;
        this.bodyLimits = bodyLimits;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        return routes.resolve(request.getPath())
                .<Publisher<MutableHttpResponse<?>>>map(target -> {
                    String traceparent = TraceContext.continueOrStart(request.getHeaders().get(TraceContext.HEADER));
                    String caller = clients.of(request);
                    MutableHttpRequest<?> forwarded = request.mutate().uri(target.address(request.getUri()));
                    forwarded.getHeaders().set(TraceContext.HEADER, traceparent);
                    // the services' per-address quotas (applications) count the real caller, whatever the client claimed
                    forwarded.getHeaders().set(ClientAddress.HEADER, caller);
                    return Mono.from(client.proxy(forwarded))
                            .onErrorResume(e -> Mono.just(e instanceof ContentLengthExceededException
                                    ? BodyLimitFilter.tooLarge(request, bodyLimits) : unavailable(target, request, e)))
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
