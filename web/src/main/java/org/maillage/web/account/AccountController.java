package org.maillage.web.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import org.maillage.web.api.Api;
import org.maillage.web.session.Session;
import org.maillage.web.session.Sessions;
import org.maillage.web.session.SignInRequired;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The signed-in person's own account, read from the API with the session's token. */
@Controller("/account")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AccountController {

    private static final Pattern SUBJECT = Pattern.compile("\"sub\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");

    private final Api api;
    private final Sessions sessions;

    public AccountController(Api api, Sessions sessions) {
        this.api = api;
        this.sessions = sessions;
    }

    @Get
    public ModelAndView<Map<String, Object>> show(HttpRequest<?> request) {
        Session session = Sessions.of(request).orElseThrow(SignInRequired::new);
        String token = sessions.accessToken(session);
        Account a = api.get("/api/accounts/" + subject(token), Account.class, token);
        Page p = Pages.page(request, "account.pageTitle");
        return Pages.render("account/account", p, new AccountView(a.email(), p.label("role.", a.role()), p.label("language.", a.language()),
                "COORDINATOR".equals(a.role())));
    }

    /** The account id is the token's subject; the token came from the platform itself, so reading is enough here. */
    private static String subject(String jwt) {
        String[] parts = jwt.split("\\.");
        String payload = parts.length > 1 ? new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8) : "";
        Matcher m = SUBJECT.matcher(payload);
        if (!m.find()) {
            throw new IllegalStateException("access token without an account id");
        }
        return m.group(1);
    }

    @Serdeable
    record Account(String email, String role, String language) {
    }
}
