package org.maillage.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import org.maillage.web.api.Api;
import org.maillage.web.session.Cookies;
import org.maillage.web.session.Session;
import org.maillage.web.session.Sessions;
import org.maillage.web.session.SignInRequired;
import org.maillage.web.site.Language;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The signed-in person's own account, read from the API with the session's token. */
@Controller("/account")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AccountController {

    private final Api api;
    private final Sessions sessions;
    private final Cookies cookies;

    public AccountController(Api api, Sessions sessions, Cookies cookies) {
        this.api = api;
        this.sessions = sessions;
        this.cookies = cookies;
    }

    /**
     * @param answered what the last answer to an invitation did ({@code joined}, {@code declined}, or {@code stale}
     *                 when someone of the organization had answered it first); {@code pilot} is the pilot's id, its
     *                 name read from the directory (never words from the address)
     */
    @Get("{?saved,answered,pilot}")
    public ModelAndView<Map<String, Object>> show(HttpRequest<?> request, @Nullable @QueryValue String saved,
                                                  @Nullable @QueryValue String answered, @Nullable @QueryValue String pilot) {
        Session session = Sessions.of(request).orElseThrow(SignInRequired::new);
        String token = sessions.accessToken(session);
        Account a = api.get("/api/accounts/me", Account.class, token);
        Page p = Pages.page(request, "account.pageTitle");
        List<PilotInvitation> invitations = a.organizationId() == null ? List.of()
                : api.list("/api/organizations/" + a.organizationId() + "/invitations", PilotInvitation.class, token);
        String notice = answered == null || !ANSWERS.contains(answered) ? null
                : p.t("account.invitations." + answered, pilotName(pilot));
        return Pages.render("account/account", p, new AccountView(a.email(), p.label("role.", a.role()), a.language(),
                "COORDINATOR".equals(a.role()), saved != null, invitations, notice));
    }

    private static final List<String> ANSWERS = List.of("joined", "declined", "stale");

    private String pilotName(@Nullable String id) {
        return api.list("/api/pilots", PilotName.class).stream().filter(x -> x.id().toString().equals(id))
                .map(PilotName::name).findFirst().orElse("");
    }

    /**
     * The language kept with the account: the site at each sign-in and every email follow it. The switch in the
     * page's header only changes this browser's cookie.
     */
    @Post(value = "/language", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> language(HttpRequest<?> request, @Body Map<String, String> fields) {
        Session session = Sessions.of(request).orElseThrow(SignInRequired::new);
        Language chosen = Language.of(fields.getOrDefault("language", "")).orElse(null);
        if (chosen == null) {
            return HttpResponse.seeOther(URI.create("/account"));
        }
        api.send(HttpRequest.PUT("/api/accounts/me/language", Map.of("language", chosen.code())), null, sessions.accessToken(session));
        return HttpResponse.seeOther(URI.create("/account?saved")).cookie(cookies.language(chosen.code()));
    }

    @Serdeable
    record PilotName(UUID id, String name) {
    }

    @Serdeable
    record Account(String email, String role, String language, @Nullable UUID organizationId) {
    }
}
