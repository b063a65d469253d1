package org.maillage.web.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.maillage.directory.api.http.Auth;
import org.maillage.web.session.AuthClient;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;
import org.maillage.web.site.form.Form;
import org.maillage.web.site.form.Forms;

import java.net.URI;
import java.util.Map;

/**
 * "Forgot my password": the person types its address and the directory emails a single-use link if an account has it.
 * The page then says the same thing whatever the address (POST, then redirect to the confirmation), so it tells no one
 * whether an account exists. Anyone may open it.
 */
@Controller("/forgot-password")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ForgotPasswordController {

    private final AuthClient auth;
    private final Forms forms;

    public ForgotPasswordController(AuthClient auth, Forms forms) {
        this.auth = auth;
        this.forms = forms;
    }

    /** @param sent the confirmation, instead of the form */
    public record ForgotPage(Form<PasswordForgotten> form, boolean sent) {
    }

    @Get
    public HttpResponse<?> form(HttpRequest<?> request) {
        return HttpResponse.ok(Pages.render("account/forgot-password", Pages.page(request, "account.forgot.pageTitle"),
                new ForgotPage(Form.blank(), false)));
    }

    @Get("/sent")
    public HttpResponse<?> sent(HttpRequest<?> request) {
        return HttpResponse.ok(Pages.render("account/forgot-password", Pages.page(request, "account.forgot.sentTitle"),
                new ForgotPage(Form.blank(), true)));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> ask(HttpRequest<?> request, @Body PasswordForgotten input) {
        Page page = Pages.page(request, "account.forgot.pageTitle");
        Form<PasswordForgotten> form = forms.check(input, page);
        try {
            if (Forms.send(form, Map.of("email", "email"), () -> auth.passwordForgotten(new Auth.PasswordForgotten(input.email().strip())))) {
                return HttpResponse.seeOther(URI.create("/forgot-password/sent"));
            }
        } catch (HttpClientResponseException e) {
            if (e.getStatus() != HttpStatus.TOO_MANY_REQUESTS) {
                throw e;
            }
            return again(page, form.error("email", page.t("account.forgot.tooMany")), HttpStatus.TOO_MANY_REQUESTS);
        }
        return again(page, form, HttpStatus.BAD_REQUEST);
    }

    private static HttpResponse<?> again(Page page, Form<PasswordForgotten> form, HttpStatus status) {
        return HttpResponse.status(status).body(Pages.render("account/forgot-password", page.withError(), new ForgotPage(form, false)));
    }
}
