package org.maillage.directory.auth;

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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * How many "forgot my password" requests one client address may send (maillage.auth.forgotten-per-hour): enough for
 * a person who mistyped, too few to probe many addresses or flood mailboxes. A token bucket per address (Bucket4j);
 * the refusal says nothing of any account. The per-account limit is AccountLinks'.
 */
@Singleton
public class ForgottenPasswordQuota {

    private static final int TRACKED_ADDRESSES = 50_000;

    private final long perHour;
    private final Map<String, Bucket> byAddress = new ConcurrentHashMap<>();

    public ForgottenPasswordQuota(@Value("${maillage.auth.forgotten-per-hour:10}") long perHour) {
        this.perHour = perHour;
    }

    /** Spends one request, or refuses with 429 and Retry-After. */
    public void spend(String clientAddress) {
        if (byAddress.size() > TRACKED_ADDRESSES) {
            Iterator<String> keys = byAddress.keySet().iterator();
            for (int i = 0; i < TRACKED_ADDRESSES / 10 && keys.hasNext(); i++) {
                keys.next();
                keys.remove();
            }
        }
        ConsumptionProbe probe = byAddress.computeIfAbsent(clientAddress, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
                .build()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "https://maillage.org/problems/rate-limited",
                    "Too many requests / Trop de requêtes",
                    "Too many password requests from your address; retry in " + retryAfter + " s. "
                            + "/ Trop de demandes de mot de passe depuis votre adresse ; réessayez dans " + retryAfter + " s.",
                    Map.of("retryAfterSeconds", retryAfter));
        }
    }
}
