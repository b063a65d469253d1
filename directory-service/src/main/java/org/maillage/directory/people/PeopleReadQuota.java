package org.maillage.directory.people;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.maillage.platform.problem.ProblemException;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * How many people's details one account may read per minute (maillage.people.reads-per-minute): enough
 * to find whom to call, too few to copy the directory's people. A token bucket per account (Bucket4j);
 * when too many accounts are tracked some are forgotten, which only gives them a fresh bucket.
 */
@Singleton
public class PeopleReadQuota {

    private static final int TRACKED_ACCOUNTS = 50_000;

    private final long perMinute;
    private final Map<UUID, Bucket> byAccount = new ConcurrentHashMap<>();

    public PeopleReadQuota(@Value("${maillage.people.reads-per-minute:200}") long perMinute) {
        this.perMinute = perMinute;
    }

    /** Spends {@code people} reads (at least one per request), or refuses with 429 and Retry-After. */
    public void spend(UUID account, int people) {
        if (byAccount.size() > TRACKED_ACCOUNTS) {
            Iterator<UUID> keys = byAccount.keySet().iterator();
            for (int i = 0; i < TRACKED_ACCOUNTS / 10 && keys.hasNext(); i++) {
                keys.next();
                keys.remove();
            }
        }
        ConsumptionProbe probe = byAccount.computeIfAbsent(account, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build()).tryConsumeAndReturnRemaining(Math.max(1, Math.min(people, perMinute)));
        if (!probe.isConsumed()) {
            long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "https://maillage.org/problems/too-many-people-read",
                    "Too many people read / Trop de personnes consultées",
                    "You may read " + perMinute + " people's details per minute; retry in " + retryAfter + " s. "
                            + "/ Réessayez dans " + retryAfter + " s.", Map.of("retryAfterSeconds", retryAfter));
        }
    }
}
