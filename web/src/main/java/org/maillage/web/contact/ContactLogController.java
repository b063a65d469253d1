package org.maillage.web.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.maillage.web.member.MemberApi;

import java.util.UUID;

/** My contact log, for an enterprise's account (an institution's buyers keep theirs at /buyer/contacts). */
@Controller("/supplier/contacts")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ContactLogController {

    private static final String BASE = "/supplier/contacts";

    private final ContactLog log;
    private final MemberApi api;

    public ContactLogController(ContactLog log, MemberApi api) {
        this.log = log;
        this.api = api;
    }

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

    private ContactViews.Side side(HttpRequest<?> request) {
        return new ContactViews.Side(BASE, api.member(request, true), false);
    }
}
