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
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.maillage.web.site.Language;
import org.maillage.web.site.LocalPath;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;
import org.maillage.web.site.form.Form;
import org.maillage.web.site.form.Forms;

import java.net.URI;
import java.util.Map;

/**
 * Sign-in and sign-out as a backend for the browser: the platform's tokens go into the session table, the browser gets
 * only an opaque HttpOnly cookie. A new session id at every sign-in (no fixation). Anyone may open these pages.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class SignInController {

    private final Sessions sessions;
    private final Cookies cookies;
    private final Forms forms;

    public SignInController(Sessions sessions, Cookies cookies, Forms forms) {
        this.sessions = sessions;
        this.cookies = cookies;
        this.forms = forms;
    }

    /** The page's own record: the form, and whether the person was sent here by a page that needs signing in. */
    public record SignInPage(Form<SignIn> form, boolean needed) {

        public String back() {
            return LocalPath.or(form.value("back"), "/");
        }
    }

    @Get("/sign-in{?back}")
    public HttpResponse<?> form(HttpRequest<?> request, @Nullable @QueryValue String back) {
        String target = LocalPath.or(back, "/");
        if (Sessions.of(request).isPresent()) {
            return HttpResponse.seeOther(URI.create(target));
        }
        Form<SignIn> form = Form.<SignIn>blank().set("back", target);
        return HttpResponse.ok(Pages.render("session/sign-in", Pages.page(request, "signin.pageTitle"),
                new SignInPage(form, back != null && !"/".equals(target))));
    }

    @Post(value = "/sign-in", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signIn(HttpRequest<?> request, @Body SignIn input) {
        Page page = Pages.page(request, "signin.pageTitle");
        Form<SignIn> form = forms.check(input, page);
        if (!form.ok()) {
            return again(page, form, HttpStatus.BAD_REQUEST);
        }
        Sessions.SignedIn signedIn;
        try {
            signedIn = sessions.signIn(input.email().strip(), input.password());
        } catch (HttpClientResponseException e) {
            switch (e.getStatus().getCode()) {
                case 401 -> {
                    return again(page, form.error("email", page.t("signin.wrong")), HttpStatus.UNAUTHORIZED);
                }
                case 429 -> {
                    return again(page, form.error("email", page.t("signin.locked")), HttpStatus.TOO_MANY_REQUESTS);
                }
                case 400 -> {
                    Forms.refused(form, e, Map.of("email", "email", "password", "password"));
                    return again(page, form, HttpStatus.BAD_REQUEST);
                }
                default -> throw e;
            }
        }
        // the page that asked for the sign-in, else the person's own dashboard (the front page is for visitors)
        String back = LocalPath.or(input.back(), "/");
        MutableHttpResponse<?> done = HttpResponse.seeOther(URI.create("/".equals(back) ? signedIn.home() : back))
                .cookie(cookies.session(signedIn.sessionId()));
        // the account's preferred language from now on; the switch still changes it
        Language.of(signedIn.language()).ifPresent(l -> done.cookie(cookies.language(l.code())));
        return done;
    }

    @Post(value = "/sign-out", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signOut(HttpRequest<?> request) {
        Sessions.of(request).ifPresent(sessions::signOut);
        return HttpResponse.seeOther(URI.create("/")).cookie(cookies.expired(cookies.sessionName()));
    }

    private static HttpResponse<?> again(Page page, Form<SignIn> form, HttpStatus status) {
        return HttpResponse.status(status).body(Pages.render("session/sign-in", page.withError(), new SignInPage(form, false)));
    }
}
