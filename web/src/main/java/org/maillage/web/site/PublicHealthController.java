package org.maillage.web.site;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import org.reactivestreams.Publisher;

import java.util.Map;

/**
 * The site's public /health: UP (200) or DOWN (503), nothing more, as every service answers it; the details
 * answer only on the management port (ENDPOINTS_ALL_PORT). The services' own is in the platform module,
 * which the site does not use (no Kafka, no outbox here).
 */
@Controller("/health")
public class PublicHealthController {

    private final HealthEndpoint health;

    public PublicHealthController(HealthEndpoint health) {
        this.health = health;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public Publisher<HttpResponse<Map<String, String>>> status() {
        return Publishers.map(health.getHealth(null), result -> {
            boolean up = HealthStatus.UP.equals(result.getStatus());
            return HttpResponse.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                    .body(Map.of("status", result.getStatus().getName()));
        });
    }
}
