package org.maillage.web.site;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.views.ModelAndView;
import io.micronaut.web.router.exceptions.UnsatisfiedBodyRouteException;
import org.maillage.web.api.ApiException;
import org.maillage.web.session.Cookies;
import org.maillage.web.session.Sessions;
import org.maillage.web.session.SignInRequired;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;

/**
 * Every error as a page of the site in the visitor's language, never a stack trace: not found,
 * forbidden, the platform unavailable, anything else. A session the platform no longer honours sends
 * the person to sign in again and back to the page.
 */
@Controller
public class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final Sessions sessions;
    private final Cookies cookies;

    public ErrorPages(Sessions sessions, Cookies cookies) {
        this.sessions = sessions;
        this.cookies = cookies;
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    public HttpResponse<?> notFound(HttpRequest<?> request) {
        return page(request, HttpStatus.NOT_FOUND, "notFound");
    }

    @Error(status = HttpStatus.METHOD_NOT_ALLOWED, global = true)
    public HttpResponse<?> notAllowed(HttpRequest<?> request) {
        return page(request, HttpStatus.NOT_FOUND, "notFound");
    }

    /** A malformed identifier in an address (not a UUID): to the visitor, a page that does not exist. */
    @Error(global = true)
    public HttpResponse<?> malformed(HttpRequest<?> request, ConversionErrorException e) {
        return page(request, HttpStatus.NOT_FOUND, "notFound");
    }

    /**
     * A form posted with nothing in it: every form of the site carries its anti-forgery field, so an empty body is a
     * forged or broken request, refused like one without the field (never a 500).
     */
    @Error(global = true)
    public HttpResponse<?> empty(HttpRequest<?> request, UnsatisfiedBodyRouteException e) {
        return page(request, HttpStatus.FORBIDDEN, "forbidden");
    }

    @Error(global = true)
    public HttpResponse<?> signIn(HttpRequest<?> request, SignInRequired e) {
        return HttpResponse.seeOther(URI.create(Pages.page(request, "site.name").signInUrl()));
    }

    @Error(global = true)
    public HttpResponse<?> api(HttpRequest<?> request, ApiException e) {
        if (e.status() == 401) {
            Sessions.of(request).ifPresent(sessions::end);
            return HttpResponse.seeOther(URI.create(Pages.page(request, "site.name").signInUrl()))
                    .cookie(cookies.expired(cookies.sessionName()));
        }
        if (e.status() == 404 || e.status() == 400) {
            // a malformed or unknown identifier in the address: to the visitor, a page that does not exist
            return page(request, HttpStatus.NOT_FOUND, "notFound");
        }
        if (e.status() == 403) {
            return page(request, HttpStatus.FORBIDDEN, "forbidden");
        }
        if (e.unavailable() || e.status() == 429) {
            LOG.warn("{} {}: platform unavailable: {}", request.getMethod(), request.getPath(), e.getMessage());
            return page(request, HttpStatus.SERVICE_UNAVAILABLE, "unavailable").header("Retry-After", "30");
        }
        LOG.error("{} {}: API answered {}", request.getMethod(), request.getPath(), e.status(), e);
        return page(request, HttpStatus.INTERNAL_SERVER_ERROR, "failed");
    }

    @Error(global = true)
    public HttpResponse<?> failed(HttpRequest<?> request, Throwable e) {
        LOG.error("{} {} failed", request.getMethod(), request.getPath(), e);
        return page(request, HttpStatus.INTERNAL_SERVER_ERROR, "failed");
    }

    public static MutableHttpResponse<ModelAndView<?>> page(HttpRequest<?> request, HttpStatus status, String kind) {
        return HttpResponse.<ModelAndView<?>>status(status)
                .body(Pages.render("errors/error", Pages.page(request, "error." + kind + ".title"), new ErrorView(kind)));
    }
}
