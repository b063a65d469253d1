package org.maillage.platform.health;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.maillage.platform.inbox.DeadLetterWatch;
import org.reactivestreams.Publisher;

import java.util.List;
import java.util.Map;

/**
 * The service's public /health: UP (200) or DOWN (503), nothing more. The details (database, broker,
 * disk) and every other management endpoint answer only on the management port
 * ({@code endpoints.all.port}), which is never published nor routed by the gateway.
 * <p>
 * It says whether the service can serve: every health indicator but the dead letters' (DeadLetterWatch), which tell an
 * operator that some events were set aside, not that requests should stop coming (the gateway's /health, compose's
 * checks and load balancers read this one).
 */
@Controller("/health")
@Secured(SecurityRule.IS_ANONYMOUS)
public class PublicHealthController {

    private final HealthAggregator<HealthResult> aggregator;
    private final HealthIndicator[] serving;

    public PublicHealthController(HealthAggregator<HealthResult> aggregator, List<HealthIndicator> indicators) {
        this.aggregator = aggregator;
        this.serving = indicators.stream().filter(i -> !(i instanceof DeadLetterWatch)).toArray(HealthIndicator[]::new);
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public Publisher<HttpResponse<Map<String, String>>> status() {
        return Publishers.map(aggregator.aggregate(serving, HealthLevelOfDetail.STATUS), result -> {
            boolean up = HealthStatus.UP.equals(result.getStatus());
            return HttpResponse.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                    .body(Map.of("status", result.getStatus().getName()));
        });
    }
}
