package org.maillage.gateway.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets by key. Lock-free on the hot path; when more clients are tracked than allowed, some
 * are forgotten, which only gives them a fresh bucket: memory stays bounded under an address flood.
 */
final class Buckets {

    private final long perMinute;
    private final int capacity;
    private final Map<String, Bucket> byKey = new ConcurrentHashMap<>();

    Buckets(long perMinute, int capacity) {
        this.perMinute = perMinute;
        this.capacity = capacity;
    }

    ConsumptionProbe take(String key) {
        if (byKey.size() > capacity) {
            Iterator<String> keys = byKey.keySet().iterator();
            for (int i = 0; i < capacity / 10 && keys.hasNext(); i++) {
                keys.next();
                keys.remove();
            }
        }
        return byKey.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build()).tryConsumeAndReturnRemaining(1);
    }
}
