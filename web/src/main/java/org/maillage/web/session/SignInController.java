package org.maillage.web.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.maillage.web.api.ApiException;
import org.maillage.web.site.Language;
import org.maillage.web.site.LocalPath;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.net.URI;
import java.util.Map;

/**
 * Sign-in and sign-out as a backend for the browser: the platform's tokens go into the session table,
 * the browser gets only an opaque HttpOnly cookie. A new session id at every sign-in (no fixation).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class SignInController {

    private final Sessions sessions;
    private final Cookies cookies;

    public SignInController(Sessions sessions, Cookies cookies) {
        this.sessions = sessions;
        this.cookies = cookies;
    }

    @Get("/sign-in{?back}")
    public HttpResponse<?> form(HttpRequest<?> request, @Nullable @QueryValue String back) {
        String target = LocalPath.or(back, "/");
        if (Sessions.of(request).isPresent()) {
            return HttpResponse.seeOther(URI.create(target));
        }
        return HttpResponse.ok(Pages.render("session/sign-in", Pages.page(request, "signin.pageTitle"),
                SignInForm.empty(target, back != null && !"/".equals(target))));
    }

    @Post(value = "/sign-in", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signIn(HttpRequest<?> request, @Body Map<String, String> fields) {
        Page page = Pages.page(request, "signin.pageTitle");
        String email = fields.getOrDefault("email", "").strip();
        String password = fields.getOrDefault("password", "");
        SignInForm form = new SignInForm(email, LocalPath.or(fields.get("back"), "/"), false, java.util.List.of());
        if (!Csrf.valid(request, fields.get(Csrf.FIELD))) {
            return again(page, form.with(null, page.t("signin.expiredForm")), HttpStatus.FORBIDDEN);
        }
        if (email.isEmpty()) {
            form = form.with("email", page.t("signin.emailMissing"));
        }
        if (password.isEmpty()) {
            form = form.with("password", page.t("signin.passwordMissing"));
        }
        if (!form.errors().isEmpty()) {
            return again(page, form, HttpStatus.BAD_REQUEST);
        }
        Sessions.SignedIn signedIn;
        try {
            signedIn = sessions.signIn(email, password);
        } catch (ApiException e) {
            if (e.status() == 401) {
                return again(page, form.with("email", page.t("signin.wrong")), HttpStatus.UNAUTHORIZED);
            }
            if (e.status() == 429) {
                return again(page, form.with("email", page.t("signin.locked")), HttpStatus.TOO_MANY_REQUESTS);
            }
            if (e.status() == 400) {
                for (ApiException.FieldError f : e.fieldErrors()) {
                    form = form.with("password".equals(f.field()) ? "password" : "email", f.message());
                }
                return again(page, form.errors().isEmpty() ? form.with("email", page.t("signin.wrong")) : form, HttpStatus.BAD_REQUEST);
            }
            throw e;
        }
        MutableHttpResponse<?> done = HttpResponse.seeOther(URI.create(form.back())).cookie(cookies.session(signedIn.sessionId()));
        // the account's preferred language from now on, as the issue asks; the switch still changes it
        Language.of(signedIn.language()).ifPresent(l -> done.cookie(cookies.language(l.code())));
        return done;
    }

    @Post(value = "/sign-out", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signOut(HttpRequest<?> request, @Body Map<String, String> fields) {
        if (!Csrf.valid(request, fields.get(Csrf.FIELD))) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        Sessions.of(request).ifPresent(sessions::signOut);
        return HttpResponse.seeOther(URI.create("/")).cookie(cookies.expired(cookies.sessionName()));
    }

    private static HttpResponse<?> again(Page page, SignInForm form, HttpStatus status) {
        Page titled = new Page(page.language(), page.path(), page.signedIn(), page.csrfToken(),
                page.t("signin.errorTitle") + " – " + page.title());
        return HttpResponse.status(status).body(Pages.render("session/sign-in", titled, form));
    }
}
