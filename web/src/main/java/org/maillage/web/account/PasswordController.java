package org.maillage.web.account;

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
import org.maillage.directory.api.http.Auth;
import org.maillage.web.session.AuthClient;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;
import org.maillage.web.site.form.Form;
import org.maillage.web.site.form.Forms;

import java.util.Map;

/**
 * A person chooses a password with a one-time code: the one a coordinator handed over (typed), or the one in the link
 * emailed with an invitation or after "forgot my password" (filled in from the link's address). Either works once and
 * expires; the directory keeps only its hash. Anyone may open it.
 */
@Controller("/choose-password")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PasswordController {

    /** The API's fields, as the form names them. */
    private static final Map<String, String> FIELDS = Map.of("token", "code", "newPassword", "password");

    private final AuthClient auth;
    private final Forms forms;

    public PasswordController(AuthClient auth, Forms forms) {
        this.auth = auth;
        this.forms = forms;
    }

    /** @param fromLink the code came with the emailed link; @param done the password is set */
    public record ChoosePage(Form<PasswordChosen> form, boolean fromLink, boolean done) {
    }

    /** Opened from the emailed link, the code is already filled in (the site's pages are no-store and send no referrer elsewhere). */
    @Get
    public HttpResponse<?> form(HttpRequest<?> request) {
        String code = request.getParameters().getFirst("code").map(String::strip).filter(c -> c.length() <= 100).orElse("");
        return HttpResponse.ok(Pages.render("account/choose-password", Pages.page(request, "coord.password.pageTitle"),
                new ChoosePage(Form.<PasswordChosen>blank().set("code", code), !code.isEmpty(), false)));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> choose(HttpRequest<?> request, @Body PasswordChosen input) {
        Page page = Pages.page(request, "coord.password.pageTitle");
        Form<PasswordChosen> form = forms.check(input, page);
        if (input.unconfirmed()) {
            form.error("confirmation", page.t("coord.password.different"));
        }
        if (Forms.send(form, FIELDS, () -> auth.resetPassword(new Auth.ResetPassword(input.code().strip(), input.password())))) {
            return HttpResponse.ok(Pages.render("account/choose-password", page, new ChoosePage(Form.blank(), false, true)));
        }
        // the API's refusal of a code says nothing a person can act on but "ask for a new one"
        if (form.errorFor("password") == null && form.errorFor("confirmation") == null && input.code() != null && !input.code().isBlank()) {
            form = Form.of(input).error("code", page.t("coord.password.badCode"));
        }
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Pages.render("account/choose-password", page.withError(),
                new ChoosePage(form, false, false)));
    }
}
