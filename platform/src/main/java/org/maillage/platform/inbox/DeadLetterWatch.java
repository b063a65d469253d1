package org.maillage.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Every record a consumer of this service sent to a dead-letter topic since it started, where an operator looks: a
 * dead-lettered event is a change some read model never took (a pilot's figures that stopped moving), so it must not
 * stay silent in a topic nobody reads.
 * <ul>
 *   <li>the counter {@value #METER} tagged by {@code topic} (where the record came from) and {@code consumer}, on the
 *   management port's /prometheus ({@code maillage_events_dead_lettered_total}): what alerts should watch;</li>
 *   <li>the health indicator {@code deadLetters} on the management port's detailed /health: UP while there is none,
 *   else {@link #DEAD_LETTERED} with the count per topic and consumer. That status ranks above UP and UNKNOWN and below
 *   DOWN, so the detailed health says it unless something is down.</li>
 * </ul>
 * Not DOWN, and left out of the public /health (PublicHealthController): the service still serves every request, and
 * the gateway's /health, compose's health checks and any load balancer read the public one; marking the service down
 * would take it out of service or have it restarted, which fixes nothing (the record waits on the .dlt topic) and
 * would clear this count.
 */
@Singleton
public class DeadLetterWatch implements HealthIndicator {

    public static final String METER = "maillage.events.dead_lettered";
    public static final String NAME = "deadLetters";
    public static final HealthStatus DEAD_LETTERED = new HealthStatus("DEAD_LETTERED",
            "records were sent to a dead-letter topic since start: read <topic>.dlt, fix, replay", null, 500);

    private final MeterRegistry registry;
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    public DeadLetterWatch(@Nullable MeterRegistry registry) {
        this.registry = registry;
    }

    /** A record of {@code topic} that {@code consumer} sent to the topic's dead letters. */
    void counted(String topic, String consumer) {
        counts.computeIfAbsent(topic + " / " + consumer, k -> new AtomicLong()).incrementAndGet();
        if (registry != null) {
            Counter.builder(METER).description("records sent to a dead-letter topic since start").tag("topic", topic)
                    .tag("consumer", consumer).register(registry).increment();
        }
    }

    /** Dead-lettered records since start, all topics and consumers. */
    public long total() {
        return counts.values().stream().mapToLong(AtomicLong::get).sum();
    }

    @Override
    public Publisher<HealthResult> getResult() {
        long total = total();
        Map<String, Long> byTopic = counts.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(), Long::sum, TreeMap::new));
        return Publishers.just(HealthResult.builder(NAME, total == 0 ? HealthStatus.UP : DEAD_LETTERED)
                .details(Map.of("sinceStart", total, "byTopicAndConsumer", byTopic)).build());
    }
}
