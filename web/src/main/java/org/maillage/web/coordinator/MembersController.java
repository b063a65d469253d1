package org.maillage.web.coordinator;

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
import io.micronaut.serde.annotation.Serdeable;
import org.maillage.web.api.Api;
import org.maillage.web.api.ApiException;
import org.maillage.web.session.Csrf;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Members of a pilot: approving or refusing applications, deactivating and reactivating members, inviting an
 * organization that exists already (it joins when one of its accounts accepts). Every action is a plain form
 * posted, then a redirect back to the list with what happened (post, redirect, get).
 */
@Controller("/coordinator/pilots/{id}/members")
@ExecuteOn(TaskExecutors.BLOCKING)
public class MembersController {

    /** Actions on a member, each the API's own. Refusing an application deactivates it: it never joined. */
    private static final Map<String, String> ACTIONS = Map.of("approve", "approve", "refuse", "deactivate",
            "deactivate", "deactivate", "reactivate", "reactivate");

    private final Api api;
    private final Coordination coordination;

    public MembersController(Api api, Coordination coordination) {
        this.api = api;
        this.coordination = coordination;
    }

    @Get("{?q,done,failed,org}")
    public HttpResponse<?> list(HttpRequest<?> request, UUID id, @Nullable @QueryValue String q, @Nullable @QueryValue String done,
                                @Nullable @QueryValue String failed, @Nullable @QueryValue UUID org) {
        Coordination.Scope scope = coordination.pilot(request, id);
        Page page = Pages.page(request, "coord.members.pageTitle", scope.pilot().name());
        List<Members.Member> members = Members.all(api, id);
        List<Members.Member> pending = members.stream().filter(m -> m.status().equals("PENDING")).toList();
        List<MembersView.Kind> kinds = List.of("INSTITUTION", "ENTERPRISE").stream().map(kind -> {
            List<Members.Member> of = members.stream().filter(m -> m.kind().equals(kind) && !m.status().equals("PENDING")).toList();
            return new MembersView.Kind(kind, of.stream().filter(m -> m.status().equals("ACTIVE")).count(),
                    of.stream().filter(m -> !m.status().equals("ACTIVE")).count(), of);
        }).toList();
        List<MembersView.Candidate> candidates = List.of();
        // the directory takes 200 characters at most: an organization's name fits
        String query = q == null ? null : q.strip().substring(0, Math.min(200, q.strip().length()));
        if (query != null && !query.isEmpty()) {
            Set<UUID> inPilot = members.stream().map(Members.Member::organizationId).collect(Collectors.toSet());
            candidates = api.get("/api/organizations?limit=20&q=" + Page.encode(query), Search.class).items().stream()
                    .filter(h -> !inPilot.contains(h.id())).map(h -> new MembersView.Candidate(h.id(), h.name(), h.kind())).toList();
        }
        String name = org == null ? "" : members.stream().filter(m -> m.organizationId().equals(org)).map(Members.Member::name)
                .findFirst().orElse("");
        String notice = done == null || !Set.of("approve", "refuse", "deactivate", "reactivate", "invite").contains(done) ? null
                : page.t("coord.members.done." + done, name);
        String problem = failed == null || !Set.of("conflict", "forbidden", "invited", "member").contains(failed) ? null
                : page.t("coord.members.failed." + failed);
        return HttpResponse.ok(Pages.render("coordinator/members", page,
                new MembersView(scope.pilot(), pending, kinds, query, candidates, notice, problem)));
    }

    @Post(value = "/{org}/{action}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> act(HttpRequest<?> request, UUID id, UUID org, String action, @Body Map<String, String> fields) {
        Coordination.Scope scope = coordination.pilot(request, id);
        String apiAction = ACTIONS.get(action);
        if (apiAction == null) {
            throw new ApiException(404, "no such action", List.of());
        }
        if (!Csrf.valid(request, fields.get(Csrf.FIELD))) {
            throw new ApiException(403, "form token", List.of());
        }
        String outcome = "done=" + action;
        try {
            api.send(HttpRequest.POST("/api/organizations/" + org + "/" + apiAction, Map.of()), null, scope.token());
        } catch (ApiException e) {
            outcome = "failed=" + failure(e);
        }
        return HttpResponse.seeOther(URI.create("/coordinator/pilots/" + id + "/members?" + outcome + "&org=" + org));
    }

    @Post(value = "/invitations", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> invite(HttpRequest<?> request, UUID id, @Body Map<String, String> fields) {
        Coordination.Scope scope = coordination.pilot(request, id);
        if (!Csrf.valid(request, fields.get(Csrf.FIELD))) {
            throw new ApiException(403, "form token", List.of());
        }
        UUID org;
        try {
            org = UUID.fromString(fields.getOrDefault("organizationId", ""));
        } catch (IllegalArgumentException e) {
            throw new ApiException(404, "no such organization", List.of());
        }
        String outcome = "done=invite";
        try {
            api.send(HttpRequest.POST("/api/pilots/" + id + "/invitations", Map.of("organizationId", org)), null, scope.token());
        } catch (ApiException e) {
            outcome = "failed=" + (e.status() == 409 && e.getMessage() != null && e.getMessage().contains("member") ? "member"
                    : e.status() == 409 ? "invited" : failure(e));
        }
        return HttpResponse.seeOther(URI.create("/coordinator/pilots/" + id + "/members?" + outcome));
    }

    private static String failure(ApiException e) {
        if (e.status() == 409) {
            return "conflict";
        }
        if (e.status() == 403) {
            return "forbidden";
        }
        throw e;
    }

    @Serdeable
    record Search(List<Hit> items) {
    }

    @Serdeable
    record Hit(UUID id, String kind, String name) {
    }
}
