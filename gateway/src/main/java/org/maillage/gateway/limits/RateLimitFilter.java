package org.maillage.gateway.limits;

import io.github.bucket4j.ConsumptionProbe;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import org.maillage.gateway.client.ClientAddress;
import org.maillage.gateway.routing.Problems;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bucket4j limits before anything is forwarded. The user is keyed on the token's subject without
 * checking the signature: a forged token only moves the caller to another user bucket, and still
 * spends its address's bucket, while the service behind refuses it anyway.
 */
@Filter("/**")
public class RateLimitFilter implements HttpServerFilter {

    private static final Pattern SUBJECT = Pattern.compile("\"sub\"\\s*:\\s*\"([^\"]{1,64})\"");

    private final RateLimitSettings settings;
    private final ClientAddress clients;
    private final Buckets perAddress;
    private final Buckets perUser;
    private final Buckets loginPerAddress;

    public RateLimitFilter(RateLimitSettings settings, ClientAddress clients) {
        this.settings = settings;
        this.clients = clients;
        this.perAddress = new Buckets(settings.getPerAddressPerMinute(), settings.getTrackedClients());
        this.perUser = new Buckets(settings.getPerUserPerMinute(), settings.getTrackedClients());
        this.loginPerAddress = new Buckets(settings.getLoginPerAddressPerMinute(), settings.getTrackedClients());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        // every spelling of a path reaches here normalized (PathNormalizationFilter), so one test per limit is enough
        if (!settings.isEnabled() || !request.getPath().startsWith("/api/")) {
            return chain.proceed(request);
        }
        String address = clients.of(request);
        ConsumptionProbe probe = perAddress.take(address);
        long limit = settings.getPerAddressPerMinute();
        if (probe.isConsumed() && request.getMethod() == HttpMethod.POST && request.getPath().equals("/api/auth/login")) {
            probe = loginPerAddress.take(address);
            limit = settings.getLoginPerAddressPerMinute();
        }
        if (probe.isConsumed()) {
            Optional<String> user = subject(request);
            if (user.isPresent()) {
                probe = perUser.take(user.get());
                limit = settings.getPerUserPerMinute();
            }
        }
        if (probe.isConsumed()) {
            ConsumptionProbe granted = probe;
            long quota = limit;
            return Flux.from(chain.proceed(request)).map(response -> withQuota(response, quota, granted));
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        return Mono.just(withQuota(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many requests / Trop de requêtes",
                "Slow down and retry in " + retryAfter + " s. / Ralentissez et réessayez dans " + retryAfter + " s.", request)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter)), limit, probe));
    }

    /** The IETF RateLimit header fields, so well-behaved clients can pace themselves. */
    private static MutableHttpResponse<?> withQuota(MutableHttpResponse<?> response, long limit, ConsumptionProbe probe) {
        return response.header("RateLimit-Limit", String.valueOf(limit))
                .header("RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()))
                .header("RateLimit-Reset", String.valueOf(Math.max(0, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForReset()))));
    }

    private static Optional<String> subject(HttpRequest<?> request) {
        return request.getHeaders().getAuthorization()
                .filter(h -> h.startsWith("Bearer "))
                .map(h -> h.substring(7).split("\\."))
                .filter(parts -> parts.length >= 2)
                .flatMap(parts -> {
                    try {
                        Matcher m = SUBJECT.matcher(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
                        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
                    } catch (IllegalArgumentException notBase64) {
                        return Optional.empty();
                    }
                });
    }
}
