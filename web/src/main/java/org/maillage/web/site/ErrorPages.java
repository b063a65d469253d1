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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * Every error as a page of the site in the visitor's language, never a stack trace: not found, forbidden, the platform
 * unavailable, anything else. (What depends on who is signed in, and the API's answers, are the session part's:
 * SessionErrors, which shows these same pages.)
 */
@Controller
public class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

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
    public HttpResponse<?> failed(HttpRequest<?> request, Throwable e) {
        LOG.error("{} {} failed", request.getMethod(), request.getPath(), e);
        return page(request, HttpStatus.INTERNAL_SERVER_ERROR, "failed");
    }

    public static MutableHttpResponse<ModelAndView<?>> page(HttpRequest<?> request, HttpStatus status, String kind) {
        return page(request, status, new ErrorView(kind));
    }

    public static MutableHttpResponse<ModelAndView<?>> page(HttpRequest<?> request, HttpStatus status, ErrorView view) {
        return HttpResponse.<ModelAndView<?>>status(status)
                .body(Pages.render("errors/error", Pages.page(request, "error." + view.kind() + ".title"), view));
    }
}
