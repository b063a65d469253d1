package org.maillage.web.session;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.maillage.web.api.ApiException;
import org.maillage.web.client.NotFound;
import org.maillage.web.site.ErrorPages;
import org.maillage.web.site.ErrorView;
import org.maillage.web.site.Pages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;

/**
 * What the site does when who is asking, or the API's answer about them, stops a page: signed out, to sign in and back;
 * a session the platform no longer honours, ended here too, then the same; another role's page, a forged form, and
 * the API's refusals and failures, the error page in the person's language.
 */
@Controller
public class SessionErrors {

    private static final Logger LOG = LoggerFactory.getLogger(SessionErrors.class);

    private final Sessions sessions;
    private final Cookies cookies;

    public SessionErrors(Sessions sessions, Cookies cookies) {
        this.sessions = sessions;
        this.cookies = cookies;
    }

    @Error(global = true)
    public HttpResponse<?> signIn(HttpRequest<?> request, SignInRequired e) {
        return HttpResponse.seeOther(URI.create(Pages.page(request, "site.name").signInUrl()));
    }

    @Error(global = true)
    public HttpResponse<?> ended(HttpRequest<?> request, SessionEnded e) {
        Sessions.of(request).ifPresent(sessions::end);
        return HttpResponse.seeOther(URI.create(Pages.page(request, "site.name").signInUrl())).cookie(cookies.expired(cookies.sessionName()));
    }

    @Error(global = true)
    public HttpResponse<?> forbidden(HttpRequest<?> request, Forbidden e) {
        return ErrorPages.page(request, HttpStatus.FORBIDDEN, "forbidden");
    }

    /** What the address names does not exist, or is not this person's to see: the same page either way. */
    @Error(global = true)
    public HttpResponse<?> notFound(HttpRequest<?> request, NotFound e) {
        return ErrorPages.page(request, HttpStatus.NOT_FOUND, "notFound");
    }

    @Error(global = true)
    public HttpResponse<?> forged(HttpRequest<?> request, ForgedRequest e) {
        LOG.info("{} {} refused: {}", request.getMethod(), request.getPath(), e.getMessage());
        return ErrorPages.page(request, HttpStatus.FORBIDDEN, new ErrorView("expiredForm", e.typed()));
    }

    /** An answer of the API that the page did not take as a refusal of its form. */
    @Error(global = true)
    public HttpResponse<?> api(HttpRequest<?> request, HttpClientResponseException e) {
        return answer(request, e.getStatus().getCode(), e);
    }

    /** The API could not be reached at all. */
    @Error(global = true)
    public HttpResponse<?> unreachable(HttpRequest<?> request, HttpClientException e) {
        return answer(request, 0, e);
    }

    @Error(global = true)
    public HttpResponse<?> api(HttpRequest<?> request, ApiException e) {
        return answer(request, e.status(), e);
    }

    private HttpResponse<?> answer(HttpRequest<?> request, int status, Exception e) {
        if (status == 401) {
            return ended(request, new SessionEnded());
        }
        if (status == 404 || status == 400) {
            // a malformed or unknown identifier in the address: to the visitor, a page that does not exist
            return ErrorPages.page(request, HttpStatus.NOT_FOUND, "notFound");
        }
        if (status == 403) {
            return ErrorPages.page(request, HttpStatus.FORBIDDEN, "forbidden");
        }
        if (status == 0 || status == 429 || status == 502 || status == 503 || status == 504) {
            LOG.warn("{} {}: platform unavailable: {}", request.getMethod(), request.getPath(), e.getMessage());
            return ErrorPages.page(request, HttpStatus.SERVICE_UNAVAILABLE, "unavailable").header("Retry-After", "30");
        }
        LOG.error("{} {}: API answered {}", request.getMethod(), request.getPath(), status, e);
        return ErrorPages.page(request, HttpStatus.INTERNAL_SERVER_ERROR, "failed");
    }
}
