package org.maillage.web.session;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * Before every page: the session of the cookie (looked up on the blocking pool), a form token for
 * visitors who have none yet, and the Origin check that refuses any unsafe request from another site.
 */
@Filter("/**")
public class SessionFilter implements HttpServerFilter {

    static final String FORM_TOKEN = "maillage.form-token";

    private final SessionStore store;
    private final Cookies cookies;
    private final ExecutorService blocking;

    private final List<String> origins;

    public SessionFilter(SessionStore store, Cookies cookies, @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
                         @Value("${maillage.web.origins:}") List<String> origins) {
        this.store = store;
        this.cookies = cookies;
        this.blocking = blocking;
        this.origins = origins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (request.getPath().startsWith("/static/") || request.getPath().equals("/health")) {
            return chain.proceed(request);
        }
        if (unsafe(request.getMethod()) && !Csrf.sameOrigin(request, origins)) {
            return Mono.just(HttpResponse.status(HttpStatus.FORBIDDEN).body("cross-site request refused"));
        }
        Optional<String> sessionId = request.getCookies().findCookie(cookies.sessionName()).map(Cookie::getValue).filter(v -> !v.isBlank());
        Optional<String> formToken = request.getCookies().findCookie(cookies.formTokenName()).map(Cookie::getValue).filter(v -> !v.isBlank());
        String token = formToken.orElseGet(SessionIds::random);
        request.setAttribute(FORM_TOKEN, token);
        Publisher<MutableHttpResponse<?>> handled = sessionId.isEmpty()
                ? chain.proceed(request)
                : Mono.fromCallable(() -> store.find(sessionId.get()))
                    .subscribeOn(Schedulers.fromExecutorService(blocking))
                    .flatMapMany(found -> {
                        found.ifPresent(s -> request.setAttribute(Sessions.ATTRIBUTE, s));
                        return Flux.from(chain.proceed(request)).map(r -> found.isPresent() ? r : r.cookie(cookies.expired(cookies.sessionName())));
                    });
        return formToken.isPresent() ? handled : Flux.from(handled).map(r -> r.cookie(cookies.formToken(token)));
    }

    private static boolean unsafe(HttpMethod m) {
        return m != HttpMethod.GET && m != HttpMethod.HEAD && m != HttpMethod.OPTIONS;
    }
}
