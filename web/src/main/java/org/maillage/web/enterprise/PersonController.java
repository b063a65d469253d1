package org.maillage.web.enterprise;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.maillage.web.api.Api;
import org.maillage.web.api.ApiException;
import org.maillage.web.member.Errors;
import org.maillage.web.member.FormData;
import org.maillage.web.member.Member;
import org.maillage.web.member.MemberApi;
import org.maillage.web.site.ErrorPages;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Changing or removing one of my enterprise's people. Removal asks first, on a page of its own, so it works without a
 * script; the directory keeps the person's name for the histories that mention it and erases how to reach it.
 */
@Controller("/supplier/profile/people/{personId}")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PersonController {

    private static final List<String> FIELDS = List.of("name", "title", "email", "phone", "language");
    /** The profile lists this many people; a person is found among them (the directory has no read of one person). */
    private static final int PEOPLE_READ = 50;

    private final MemberApi members;
    private final Api api;

    public PersonController(MemberApi members, Api api) {
        this.members = members;
        this.api = api;
    }

    @Get
    public HttpResponse<?> edit(HttpRequest<?> request, UUID personId) {
        Member me = members.member(request, true);
        return find(me, personId).<HttpResponse<?>>map(x -> page(request, new PersonPage(personId, x.name(), saved(x), false, new Errors()), HttpStatus.OK))
                .orElseGet(() -> gone(request));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> change(HttpRequest<?> request, UUID personId, @Body String body) {
        Member me = members.member(request, true);
        FormData form = FormData.parse(body);
        Optional<EnterpriseApi.Person> was = find(me, personId);
        if (was.isEmpty()) {
            return gone(request);
        }
        Map<String, String> typed = new HashMap<>();
        FIELDS.forEach(f -> typed.put(f, form.text(f)));
        Page p = Pages.page(request, "profile.title");
        Errors errors = new Errors();
        if (typed.get("name").isEmpty()) {
            errors.add("name", p.t("profile.error.personName"));
        } else {
            try {
                members.put(me, path(me, personId), new EnterpriseApi.NewPerson(typed.get("name"), blank(typed.get("title")),
                        blank(typed.get("email")), blank(typed.get("phone")), "en".equals(typed.get("language")) ? "en" : "fr"), Object.class);
                return HttpResponse.seeOther(URI.create("/supplier/profile?done=personChanged#people"));
            } catch (ApiException x) {
                if (x.status() == 404) {
                    return gone(request);
                }
                if (x.status() != 400) {
                    throw x;
                }
                errors.addAll(x, field -> FIELDS.contains(field) ? field : null, "name");
            }
        }
        return page(request, new PersonPage(personId, was.get().name(), typed, false, errors), HttpStatus.BAD_REQUEST);
    }

    @Get("/remove")
    public HttpResponse<?> confirm(HttpRequest<?> request, UUID personId) {
        Member me = members.member(request, true);
        return find(me, personId).<HttpResponse<?>>map(x -> page(request, new PersonPage(personId, x.name(), saved(x), true, new Errors()), HttpStatus.OK))
                .orElseGet(() -> gone(request));
    }

    @Post(value = "/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> remove(HttpRequest<?> request, UUID personId, @Body String body) {
        Member me = members.member(request, true);
        try {
            api.send(HttpRequest.DELETE(path(me, personId)), null, me.accessToken());
        } catch (ApiException x) {
            if (x.status() != 404) {
                throw x;
            }
            // removed already (a second click, another tab): the profile no longer lists the person either way
        }
        return HttpResponse.seeOther(URI.create("/supplier/profile?done=personRemoved#people"));
    }

    private Optional<EnterpriseApi.Person> find(Member me, UUID personId) {
        return members.get(me, "/api/organizations/" + me.organizationId() + "/people?limit=" + PEOPLE_READ, EnterpriseApi.PeoplePage.class)
                .items().stream().filter(x -> x.id().equals(personId)).findFirst();
    }

    private static String path(Member me, UUID personId) {
        return "/api/organizations/" + me.organizationId() + "/people/" + personId;
    }

    /** A person removed meanwhile, or never of my enterprise: the page no longer exists. */
    private static HttpResponse<?> gone(HttpRequest<?> request) {
        return ErrorPages.page(request, HttpStatus.NOT_FOUND, "notFound");
    }

    private static HttpResponse<?> page(HttpRequest<?> request, PersonPage view, HttpStatus status) {
        String title = view.removing() ? "profile.person.removeTitle" : view.errors().any() ? "profile.person.errorTitle" : "profile.person.title";
        Page p = Pages.page(request, title, view.name());
        return HttpResponse.status(status).body(Pages.render("enterprise/person", p, view));
    }

    private static Map<String, String> saved(EnterpriseApi.Person x) {
        Map<String, String> values = new HashMap<>();
        values.put("name", x.name());
        values.put("title", x.title() == null ? "" : x.title());
        values.put("email", x.email() == null ? "" : x.email());
        values.put("phone", x.phone() == null ? "" : x.phone());
        values.put("language", x.language());
        return values;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
