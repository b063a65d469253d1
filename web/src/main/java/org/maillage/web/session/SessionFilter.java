package org.maillage.web.session;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.filter.FilterBodyParser;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.maillage.web.site.PageVisitor;
import org.maillage.web.site.ErrorView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * Before every page: the session of the cookie, a form token for visitors who have none yet, and, for every request that
 * changes something, the two anti-forgery locks, checked here once for the whole site (see {@link Csrf}): it must come
 * from a page of this site, and carry the form token of its session (or, before sign-in, of its visitor cookie). A
 * request that fails either gets the one error page ({@link ForgedRequest}), never reaching a page's code.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SessionFilter implements Ordered {

    static final String FORM_TOKEN = "maillage.form-token";
    private static final String NEW_FORM_TOKEN = "maillage.form-token.new";
    private static final String STALE_SESSION = "maillage.session.stale";

    private final SessionStore store;
    private final Cookies cookies;
    private final FilterBodyParser bodies;
    private final List<String> origins;

    public SessionFilter(SessionStore store, Cookies cookies, FilterBodyParser bodies, @Value("${maillage.web.origins:}") List<String> origins) {
        this.store = store;
        this.cookies = cookies;
        this.bodies = bodies;
        this.origins = origins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
    }

    /**
     * Inside the views' filter, so that the error page a refusal here leads to is rendered like any page (a refusal
     * thrown outside it would reach the browser as an unrendered model).
     */
    @Override
    public int getOrder() {
        return ServerFilterPhase.RENDERING.after();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    public void before(HttpRequest<?> request) {
        if (exempt(request)) {
            return;
        }
        request.setAttribute(PageVisitor.ATTRIBUTE, new RequestVisitor(request));
        boolean unsafe = unsafe(request.getMethod());
        if (unsafe && !Csrf.sameOrigin(request, origins)) {
            throw new ForgedRequest("cross-site request");
        }
        Optional<String> formToken = cookie(request, cookies.formTokenName());
        request.setAttribute(FORM_TOKEN, formToken.orElseGet(() -> {
            String fresh = SessionIds.random();
            request.setAttribute(NEW_FORM_TOKEN, fresh);
            return fresh;
        }));
        Optional<String> sessionId = cookie(request, cookies.sessionName());
        if (sessionId.isPresent()) {
            Optional<Session> found = store.find(sessionId.get());
            found.ifPresentOrElse(s -> request.setAttribute(Sessions.ATTRIBUTE, s), () -> request.setAttribute(STALE_SESSION, true));
        }
        if (unsafe) {
            Map<String, Object> form = form(request);
            String sent = Optional.ofNullable(request.getHeaders().get(Csrf.HEADER)).or(() -> request.getParameters().getFirst(Csrf.FIELD))
                    .orElseGet(() -> form.get(Csrf.FIELD) == null ? null : String.valueOf(form.get(Csrf.FIELD)));
            if (!SessionIds.same(Csrf.token(request), sent)) {
                throw new ForgedRequest("no or wrong form token", typed(form));
            }
        }
    }

    @ResponseFilter
    public void after(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(NEW_FORM_TOKEN, String.class).ifPresent(t -> response.cookie(cookies.formToken(t)));
        if (request.getAttribute(STALE_SESSION, Boolean.class).orElse(false)) {
            response.cookie(cookies.expired(cookies.sessionName()));
        }
    }

    /**
     * The fields of a form sent from a page of this site (a form that sends files carries its token in its address, and
     * htmx in the X-CSRF-Token header, which the site's script sets): read here without taking the body from the page.
     */
    private Map<String, Object> form(HttpRequest<?> request) {
        boolean form = request.getContentType().map(t -> MediaType.APPLICATION_FORM_URLENCODED.equals(t.getName())).orElse(false);
        if (!form) {
            return Map.of();
        }
        try {
            return bodies.parseBody(request).get();
        } catch (ExecutionException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    /** What the person typed, to show back on the error page: every text field but the token and passwords. */
    private static List<ErrorView.Typed> typed(Map<String, Object> form) {
        List<ErrorView.Typed> typed = new ArrayList<>();
        form.forEach((name, value) -> {
            List<?> values = value instanceof List<?> l ? l : java.util.Collections.singletonList(value);
            for (Object v : values) {
                String text = v == null ? "" : String.valueOf(v);
                if (!name.equals(Csrf.FIELD) && !name.toLowerCase().contains("password") && !text.isBlank()) {
                    typed.add(new ErrorView.Typed(name, text));
                }
            }
        });
        return typed;
    }

    private static Optional<String> cookie(HttpRequest<?> request, String name) {
        return request.getCookies().findCookie(name).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    /**
     * Files, health, and /api/**: the site serves no API path (the gateway sends /api/** to the services), only the tests'
     * stand-in for the platform's API lives there, called by the site's own clients.
     */
    private static boolean exempt(HttpRequest<?> request) {
        return request.getPath().startsWith("/static/") || request.getPath().equals("/health") || request.getPath().startsWith("/api/");
    }

    private static boolean unsafe(HttpMethod m) {
        return m != HttpMethod.GET && m != HttpMethod.HEAD && m != HttpMethod.OPTIONS;
    }
}
