package org.maillage.web.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.UUID;

/**
 * The contact log's pages, the same routes for either side of a relationship; each side's controller adds its path
 * and says who may see its pages ({@link #side}).
 */
@ExecuteOn(TaskExecutors.BLOCKING)
public abstract class ContactPages {

    private final ContactLog log;

    protected ContactPages(ContactLog log) {
        this.log = log;
    }

    /** The signed-in member's side, or a 403 for anyone who may not keep this side's log. */
    protected abstract ContactViews.Side side(HttpRequest<?> request);

    @Get
    public HttpResponse<?> log(HttpRequest<?> request) {
        return log.log(request, side(request));
    }

    @Get("/with/{org}")
    public HttpResponse<?> history(HttpRequest<?> request, UUID org) {
        return log.history(request, side(request), org);
    }

    @Get("/{id}{?logged}")
    public HttpResponse<?> detail(HttpRequest<?> request, UUID id, @Nullable @QueryValue String logged) {
        return log.detail(request, side(request), id, logged);
    }

    @Get("/new{?introducedBy,with}")
    public HttpResponse<?> form(HttpRequest<?> request, @Nullable @QueryValue String introducedBy, @Nullable @QueryValue String with) {
        return log.form(request, side(request), introducedBy, with);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(HttpRequest<?> request, @Body String body) {
        return log.create(request, side(request), body);
    }
}
