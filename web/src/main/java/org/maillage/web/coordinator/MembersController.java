package org.maillage.web.coordinator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Members of a pilot: approving applications or refusing them with a reason (the applicant is told), deactivating and reactivating members, inviting an
 * organization that exists already (it joins when one of its accounts accepts). Every action is a plain form
 * posted, then a redirect back to the list with what happened (post, redirect, get).
 */
@Controller("/coordinator/pilots/{id}/members")
@ExecuteOn(TaskExecutors.BLOCKING)
public class MembersController {

    /** Actions on a member, each the API's own: refusing an application (with a reason) is not deactivating a member. */
    private static final Set<String> ACTIONS = Set.of("approve", "refuse", "deactivate", "reactivate");
    /** Statuses of an application, not of a member. */
    private static final Set<String> APPLYING = Set.of("PENDING", "REFUSED");
    /** As long as the directory keeps. */
    static final int REASON_AT_MOST = 2000;

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
        return HttpResponse.ok(Pages.render("coordinator/members", page, view(page, scope, q, done, failed, org, MembersView.Refusal.NONE)));
    }

    private MembersView view(Page page, Coordination.Scope scope, @Nullable String q, @Nullable String done, @Nullable String failed,
                             @Nullable UUID org, MembersView.Refusal refusal) {
        UUID id = scope.pilot().id();
        List<Members.Member> members = Members.all(api, id);
        List<Applications.Application> applications = Applications.all(api, id, scope.token());
        List<Applications.Application> pending = applications.stream().filter(a -> a.status().equals("PENDING")).toList();
        List<Applications.Application> refused = applications.stream().filter(Applications.Application::refused)
                .sorted(Comparator.comparing(Applications.Application::refusedAt, Comparator.nullsLast(Comparator.reverseOrder()))).toList();
        // applications, pending or refused, are not members yet: they are listed above, not by kind
        List<MembersView.Kind> kinds = List.of("INSTITUTION", "ENTERPRISE").stream().map(kind -> {
            List<Members.Member> of = members.stream().filter(m -> m.kind().equals(kind) && !APPLYING.contains(m.status())).toList();
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
        // a refused application is no member, and not public: its name comes with the pilot's applications
        String name = org == null ? "" : members.stream().filter(m -> m.organizationId().equals(org)).map(Members.Member::name)
                .findFirst().or(() -> applications.stream().filter(a -> a.organizationId().equals(org))
                        .map(Applications.Application::name).findFirst()).orElse("");
        String notice = done == null || !Set.of("approve", "refuse", "deactivate", "reactivate", "invite").contains(done) ? null
                : page.t("coord.members.done." + done, name);
        String problem = failed == null || !Set.of("conflict", "forbidden", "invited", "member").contains(failed) ? null
                : page.t("coord.members.failed." + failed);
        return new MembersView(scope.pilot(), pending, refused, kinds, query, candidates, notice, problem, refusal);
    }

    /**
     * Deactivating takes a member out of the directory and of every new call's matches, so "Désactiver" opens this page,
     * which names the member and says what follows; only its button deactivates (reactivating needs no confirmation).
     */
    @Get("/{org}/deactivate")
    public HttpResponse<?> confirmDeactivation(HttpRequest<?> request, UUID id, UUID org) {
        Coordination.Scope scope = coordination.pilot(request, id);
        Members.Member member = Members.all(api, id).stream().filter(m -> m.organizationId().equals(org) && m.status().equals("ACTIVE"))
                .findFirst().orElse(null);
        if (member == null) {
            // not an active member of this pilot (any more): the list says where it stands
            return HttpResponse.seeOther(URI.create("/coordinator/pilots/" + id + "/members"));
        }
        Page page = Pages.page(request, "coord.members.deactivateTitle", member.name());
        return HttpResponse.ok(Pages.render("coordinator/deactivate", page,
                new DeactivationView(scope.pilot().id(), org, member.name())));
    }

    /** The deactivation's confirmation: the pilot's members page to return to, the member named. */
    public record DeactivationView(UUID pilotId, UUID organizationId, String name) {
    }

    @Post(value = "/{org}/{action}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> act(HttpRequest<?> request, UUID id, UUID org, String action, @Body Map<String, String> fields) {
        Coordination.Scope scope = coordination.pilot(request, id);
        if (!ACTIONS.contains(action)) {
            throw new ApiException(404, "no such action", List.of());
        }
        Object body = Map.of();
        if (action.equals("refuse")) {
            Page page = Pages.page(request, "coord.members.pageTitle", scope.pilot().name());
            String reason = fields.getOrDefault("reason", "").strip();
            String error = reason.isEmpty() ? page.t("coord.members.reasonMissing")
                    : reason.length() > REASON_AT_MOST ? page.t("coord.members.reasonTooLong", REASON_AT_MOST) : null;
            if (error != null) {
                return refusedAgain(page, scope, new MembersView.Refusal(org, fields.getOrDefault("reason", ""), error));
            }
            body = Map.of("reason", reason);
        }
        String outcome = "done=" + action;
        try {
            api.send(HttpRequest.POST("/api/organizations/" + org + "/" + action, body), null, scope.token());
        } catch (ApiException e) {
            if (e.status() == 400 && action.equals("refuse")) {
                Page page = Pages.page(request, "coord.members.pageTitle", scope.pilot().name());
                String message = e.fieldErrors().isEmpty() ? e.getMessage() : e.fieldErrors().get(0).message();
                return refusedAgain(page, scope, new MembersView.Refusal(org, fields.getOrDefault("reason", ""), message));
            }
            outcome = "failed=" + failure(e);
        }
        return HttpResponse.seeOther(URI.create("/coordinator/pilots/" + id + "/members?" + outcome + "&org=" + org));
    }

    /** The page again with what was typed kept, the error next to the reason and in the summary at the top. */
    private HttpResponse<?> refusedAgain(Page page, Coordination.Scope scope, MembersView.Refusal refusal) {
        Page titled = new Page(page.language(), page.path(), page.signedIn(), page.csrfToken(), page.t("coord.errorTitle") + " – " + page.title());
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Pages.render("coordinator/members", titled,
                view(titled, scope, null, null, null, null, refusal)));
    }

    @Post(value = "/invitations", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> invite(HttpRequest<?> request, UUID id, @Body Map<String, String> fields) {
        Coordination.Scope scope = coordination.pilot(request, id);
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
