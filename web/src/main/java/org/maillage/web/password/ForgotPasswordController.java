package org.maillage.web.password;

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
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * "Forgot my password": the person types its address and the directory emails a single-use link if an account has it.
 * The page then says the same thing whatever the address (POST, then redirect to the confirmation), so it tells no one
 * whether an account exists.
 */
@Controller("/forgot-password")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ForgotPasswordController {

    private final Api api;

    public ForgotPasswordController(Api api) {
        this.api = api;
    }

    @Get
    public HttpResponse<?> form(HttpRequest<?> request) {
        return HttpResponse.ok(Pages.render("password/forgot", Pages.page(request, "account.forgot.pageTitle"),
                new ForgotForm("", List.of(), false)));
    }

    @Get("/sent")
    public HttpResponse<?> sent(HttpRequest<?> request) {
        return HttpResponse.ok(Pages.render("password/forgot", Pages.page(request, "account.forgot.sentTitle"),
                new ForgotForm("", List.of(), true)));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> ask(HttpRequest<?> request, @Body Map<String, String> fields) {
        Page page = Pages.page(request, "account.forgot.pageTitle");
        String email = fields.getOrDefault("email", "").strip();
        ForgotForm form = new ForgotForm(email, List.of(), false);
        if (email.isEmpty() || email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+")) {
            return again(page, form.with("email", page.t("account.forgot.badEmail")), HttpStatus.BAD_REQUEST);
        }
        try {
            api.post("/api/auth/password-forgotten", Map.of("email", email));
        } catch (ApiException e) {
            if (e.status() == 429) {
                return again(page, form.with("email", page.t("account.forgot.tooMany")), HttpStatus.TOO_MANY_REQUESTS);
            }
            if (e.status() != 400) {
                throw e;
            }
            return again(page, form.with("email", page.t("account.forgot.badEmail")), HttpStatus.BAD_REQUEST);
        }
        return HttpResponse.redirect(URI.create("/forgot-password/sent")).status(HttpStatus.SEE_OTHER);
    }

    private static HttpResponse<?> again(Page page, ForgotForm form, HttpStatus status) {
        Page titled = new Page(page.language(), page.path(), page.signedIn(), page.csrfToken(), page.t("coord.errorTitle") + " – " + page.title());
        return HttpResponse.status(status).body(Pages.render("password/forgot", titled, form));
    }
}
