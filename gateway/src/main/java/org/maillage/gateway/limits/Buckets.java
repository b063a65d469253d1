package org.maillage.gateway.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Token buckets by key, the least recently used forgotten first so memory stays bounded. */
final class Buckets {

    private final long perMinute;
    private final Map<String, Bucket> byKey;

    Buckets(long perMinute, int capacity) {
        this.perMinute = perMinute;
        this.byKey = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > capacity;
            }
        });
    }

    ConsumptionProbe take(String key) {
        return byKey.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build()).tryConsumeAndReturnRemaining(1);
    }
}
