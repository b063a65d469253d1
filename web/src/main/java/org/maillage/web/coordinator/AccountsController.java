package org.maillage.web.coordinator;

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
import io.micronaut.serde.annotation.Serdeable;
import org.maillage.web.api.Api;
import org.maillage.web.api.ApiException;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Opening an account for a person of a member organization (role, organization, decision unit, language), and the
 * accounts no one has signed in with yet, each with a new code on demand.
 */
@Controller("/coordinator/pilots/{id}/accounts")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AccountsController {

    private static final Set<String> FIELDS = Set.of("email", "role", "organizationId", "decisionUnitId", "language");

    private final Api api;
    private final Coordination coordination;

    public AccountsController(Api api, Coordination coordination) {
        this.api = api;
        this.coordination = coordination;
    }

    @Get
    public HttpResponse<?> form(HttpRequest<?> request, UUID id) {
        Coordination.Scope scope = coordination.pilot(request, id);
        Page page = Pages.page(request, "coord.accounts.pageTitle", scope.pilot().name());
        return HttpResponse.ok(Pages.render("coordinator/accounts", page,
                new AccountsView(scope.pilot(), organizations(id), AccountForm.empty(page.lang()), null, waiting(scope), null)));
    }

    /**
     * Sends the invitation again: a new one-time code for an account no one has signed in with, shown to the coordinator
     * to pass on, as when it was opened.
     */
    @Post(value = "/{account}/code", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> resend(HttpRequest<?> request, UUID id, UUID account, @Body Map<String, String> fields) {
        Coordination.Scope scope = coordination.pilot(request, id);
        Page page = Pages.page(request, "coord.accounts.pageTitle", scope.pilot().name());
        List<NeverSignedIn.Account> waiting = waiting(scope);
        // only an account of this pilot's list: the platform checks again that the coordinator runs all of its pilots
        NeverSignedIn.Account person = waiting.stream().filter(a -> a.id().equals(account)).findFirst()
                .orElseThrow(() -> new ApiException(404, "no such account waiting", List.of()));
        Issued code = api.send(HttpRequest.POST("/api/accounts/" + account + "/password-reset", Map.of()), Issued.class, scope.token());
        return HttpResponse.ok(Pages.render("coordinator/accounts", page, new AccountsView(scope.pilot(), organizations(id),
                AccountForm.empty(page.lang()), null, waiting, new AccountsView.Resent(person.email(), code.token(), code.expiresAt()))));
    }

    private List<NeverSignedIn.Account> waiting(Coordination.Scope scope) {
        return NeverSignedIn.all(api, scope.pilot().id(), scope.token());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> open(HttpRequest<?> request, UUID id, @Body Map<String, String> fields) {
        Coordination.Scope scope = coordination.pilot(request, id);
        Page page = Pages.page(request, "coord.accounts.pageTitle", scope.pilot().name());
        List<AccountsView.Organization> organizations = organizations(id);
        AccountForm form = check(page, AccountForm.of(fields), organizations);
        if (!form.errors().isEmpty()) {
            return again(page, scope, organizations, form);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("email", form.email());
        // no password: the directory emails the person an invitation to choose its own; the code below is the fallback
        body.put("role", form.role());
        body.put("organizationId", form.organizationId());
        if (!form.decisionUnitId().isEmpty()) {
            body.put("decisionUnitId", form.decisionUnitId());
        }
        body.put("pilots", List.of(id));
        body.put("language", form.language());
        Created created;
        try {
            created = api.send(HttpRequest.POST("/api/accounts", body), Created.class, scope.token());
        } catch (ApiException e) {
            if (e.status() == 409) {
                return again(page, scope, organizations, form.with("email", page.t("coord.accounts.taken")));
            }
            if (e.status() != 400 && e.status() != 403) {
                throw e;
            }
            AccountForm refused = form;
            for (ApiException.FieldError f : e.fieldErrors()) {
                String field = f.field() == null ? "" : f.field().replaceAll("\\[.*", "");
                refused = refused.with(FIELDS.contains(field) ? field : "email", f.message());
            }
            return again(page, scope, organizations, refused.errors().isEmpty() ? refused.with("organizationId", e.getMessage()) : refused);
        }
        Issued code = api.send(HttpRequest.POST("/api/accounts/" + created.id() + "/password-reset", Map.of()), Issued.class, scope.token());
        String organization = organizations.stream().filter(o -> o.id().toString().equals(form.organizationId())).map(AccountsView.Organization::name)
                .findFirst().orElse("");
        AccountsView.Opened opened = new AccountsView.Opened(created.email(), form.role(), organization, code.token(), code.expiresAt());
        return HttpResponse.ok(Pages.render("coordinator/accounts", page,
                new AccountsView(scope.pilot(), organizations, AccountForm.empty(page.lang()), opened, waiting(scope), null)));
    }

    /** The page's own checks, in the form's order and the page's language; the platform checks again (the email's form, its pilots). */
    private static AccountForm check(Page page, AccountForm form, List<AccountsView.Organization> organizations) {
        AccountForm checked = form;
        if (!form.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            checked = checked.with("email", page.t("coord.accounts.badEmail"));
        }
        AccountsView.Organization org = organizations.stream().filter(o -> o.id().toString().equals(form.organizationId())).findFirst().orElse(null);
        if (org == null) {
            checked = checked.with("organizationId", page.t("coord.accounts.noOrganization"));
        }
        if (!form.role().equals("BUYER") && !form.role().equals("SUPPLIER")) {
            checked = checked.with("role", page.t("coord.accounts.noRole"));
        } else if (org != null && form.role().equals("BUYER") != org.kind().equals("INSTITUTION")) {
            checked = checked.with("role", page.t(org.kind().equals("INSTITUTION") ? "coord.accounts.buyerForInstitution" : "coord.accounts.supplierForEnterprise"));
        }
        if (!form.decisionUnitId().isEmpty() && (org == null || org.units().stream().noneMatch(u -> u.id().toString().equals(form.decisionUnitId())))) {
            checked = checked.with("decisionUnitId", page.t("coord.accounts.badUnit"));
        }
        if (!form.language().equals("fr") && !form.language().equals("en")) {
            checked = checked.with("language", page.t("coord.accounts.noLanguage"));
        }
        return checked;
    }

    private HttpResponse<?> again(Page page, Coordination.Scope scope, List<AccountsView.Organization> organizations, AccountForm form) {
        Page titled = new Page(page.language(), page.path(), page.signedIn(), page.csrfToken(), page.t("coord.errorTitle") + " – " + page.title());
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Pages.render("coordinator/accounts", titled,
                new AccountsView(scope.pilot(), organizations, form, null, waiting(scope), null)));
    }

    /** Active members, and each institution's decision units (public in the directory). */
    private List<AccountsView.Organization> organizations(UUID pilot) {
        return Members.all(api, pilot).stream().filter(m -> m.status().equals("ACTIVE")).map(m -> new AccountsView.Organization(
                m.organizationId(), m.name(), m.kind(), m.kind().equals("INSTITUTION")
                ? api.get("/api/institutions/" + m.organizationId(), Institution.class).decisionUnits().stream()
                    .map(u -> new AccountsView.Unit(u.id(), u.name())).toList()
                : List.of())).toList();
    }

    @Serdeable
    record Created(UUID id, String email) {
    }

    @Serdeable
    record Issued(String token, Instant expiresAt) {
    }

    @Serdeable
    record Institution(List<Unit> decisionUnits) {
    }

    @Serdeable
    record Unit(UUID id, String name) {
    }
}
