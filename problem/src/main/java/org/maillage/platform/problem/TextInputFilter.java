package org.maillage.platform.problem;

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
import io.micronaut.web.router.UriRouteMatch;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import org.reactivestreams.Publisher;

import java.util.Map;
import java.util.Optional;

/**
 * Refuses, before anything reads them, query values and path segments holding text no service accepts
 * (see {@link TextInput}), with a 400 problem naming the parameter. Every service and the gateway have it.
 */
@Filter("/**")
public class TextInputFilter implements HttpServerFilter {

    private final ErrorResponseProcessor<?> processor;

    public TextInputFilter(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        Optional<String> field = badQueryParameter(request.getUri().getRawQuery()).or(() -> badPathSegment(request));
        if (field.isEmpty()) {
            return chain.proceed(request);
        }
        ProblemException problem = ProblemException.invalid(field.get(), TextInput.MESSAGE);
        return Publishers.just(processor.processResponse(ErrorContext.builder(request).cause(problem).build(),
                HttpResponse.status(HttpStatus.BAD_REQUEST)));
    }

    private static Optional<String> badQueryParameter(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String name = TextInput.decodeStrict(rawName, true);
            if (name == null || TextInput.isInvalid(name)) {
                return Optional.of("query");
            }
            String value = eq < 0 ? "" : TextInput.decodeStrict(pair.substring(eq + 1), true);
            if (value == null || TextInput.isInvalid(value)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** Names the route's variable that holds the bad segment when there is one, else "path". */
    private static Optional<String> badPathSegment(HttpRequest<?> request) {
        boolean bad = false;
        for (String segment : request.getUri().getRawPath().split("/")) {
            String decoded = TextInput.decodeStrict(segment, false);
            if (decoded == null || TextInput.isInvalid(decoded)) {
                bad = true;
                break;
            }
        }
        if (!bad) {
            return Optional.empty();
        }
        Optional<RouteMatch<?>> route = RouteAttributes.getRouteMatch(request);
        if (route.isPresent() && route.get() instanceof UriRouteMatch<?, ?> uri) {
            for (Map.Entry<String, Object> variable : uri.getVariableValues().entrySet()) {
                if (variable.getValue() instanceof CharSequence v && TextInput.isInvalid(v)) {
                    return Optional.of(variable.getKey());
                }
            }
        }
        return Optional.of("path");
    }
}
