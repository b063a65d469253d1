package org.maillage.platform.demo;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import org.maillage.platform.problem.ProblemException;
import org.reactivestreams.Publisher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The time a write happens at: now, except for the demo loader, which tells a pilot's story in the pilot's own
 * months (members joining at its start, calls for tenders published, answered and awarded in 2014) through the
 * same API as everyone. It names the moment in {@value #TIME_HEADER} and proves it is the loader with
 * {@value #KEY_HEADER}, a key the launcher draws at random for each local run and gives only to the services and
 * to its loader ({@code maillage.demo.backdating.key}). Without that setting (every deployment) the header is
 * refused, so no one else can date anything in the past. Times in the future are refused: the rules that
 * compare with "now" (deadlines, sealed responses) must never be skipped forward.
 */
@Filter("/**")
public class DemoTime implements HttpServerFilter {

    public static final String TIME_HEADER = "Maillage-Demo-Time";
    public static final String KEY_HEADER = "Maillage-Demo-Key";
    private static final String ATTRIBUTE = DemoTime.class.getName();

    private final ErrorResponseProcessor<?> processor;
    private final byte[] key;

    public DemoTime(ErrorResponseProcessor<?> processor, @Nullable @Value("${maillage.demo.backdating.key:}") String key) {
        this.processor = processor;
        this.key = key == null || key.isBlank() ? null : key.getBytes(StandardCharsets.UTF_8);
    }

    /** The moment the demo loader named for this request, if it named one (read by the platform's clock, RequestClock). */
    public static Optional<Instant> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, Instant.class);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String asked = request.getHeaders().get(TIME_HEADER);
        if (asked == null) {
            return chain.proceed(request);
        }
        String given = request.getHeaders().get(KEY_HEADER);
        if (key == null || given == null || !MessageDigest.isEqual(key, given.getBytes(StandardCharsets.UTF_8))) {
            return refuse(request, HttpStatus.FORBIDDEN, ProblemException.forbidden("Only the demo loader of a local run may date a write "
                    + "in the past; send the request without the " + TIME_HEADER + " header."));
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(asked).toInstant();
        } catch (DateTimeParseException e) {
            return refuse(request, HttpStatus.BAD_REQUEST, ProblemException.invalid(TIME_HEADER,
                    "A date and time with its offset, for example 2014-04-02T10:00:00-04:00."));
        }
        if (at.isAfter(Instant.now())) {
            return refuse(request, HttpStatus.BAD_REQUEST, ProblemException.invalid(TIME_HEADER, "A moment in the past: the future cannot be written."));
        }
        request.setAttribute(ATTRIBUTE, at);
        return chain.proceed(request);
    }

    private Publisher<MutableHttpResponse<?>> refuse(HttpRequest<?> request, HttpStatus status, ProblemException problem) {
        return Publishers.just(processor.processResponse(ErrorContext.builder(request).cause(problem).build(), HttpResponse.status(status)));
    }
}
