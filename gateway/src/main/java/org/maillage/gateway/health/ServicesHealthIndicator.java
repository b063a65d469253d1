package org.maillage.gateway.health;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.maillage.gateway.routing.Routes;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The gateway's /health includes each service's: the platform is UP only when every service is. */
@Singleton
public class ServicesHealthIndicator implements HealthIndicator {

    private final Routes routes;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public ServicesHealthIndicator(Routes routes) {
        this.routes = routes;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        // a route left empty is a part this deployment does not run (the site, email): not a part that is down
        return Flux.fromIterable(routes.getRoutes().entrySet()).filter(e -> !e.getValue().isBlank())
                .flatMap(e -> Mono.fromCallable(() -> check(e.getValue())).subscribeOn(Schedulers.boundedElastic())
                        .map(status -> Map.entry(e.getKey(), status)))
                .collectList()
                .map(results -> {
                    Map<String, Object> details = new LinkedHashMap<>();
                    boolean up = true;
                    for (Map.Entry<String, HealthStatus> r : results) {
                        details.put(r.getKey(), r.getValue().getName());
                        up &= HealthStatus.UP.equals(r.getValue());
                    }
                    return HealthResult.builder("services", up ? HealthStatus.UP : HealthStatus.DOWN).details(details).build();
                });
    }

    private HealthStatus check(String base) {
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200 ? HealthStatus.UP : HealthStatus.DOWN;
        } catch (Exception e) {
            return HealthStatus.DOWN;
        }
    }
}
