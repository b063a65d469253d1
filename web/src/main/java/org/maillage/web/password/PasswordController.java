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

import java.util.List;
import java.util.Map;

/**
 * A person chooses a password with a one-time code: the one a coordinator handed over (typed), or the one in the
 * link emailed with an invitation or after "forgot my password" (filled in from the link's address). Either works
 * once and expires; the directory keeps only its hash.
 */
@Controller("/choose-password")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PasswordController {

    private final Api api;

    public PasswordController(Api api) {
        this.api = api;
    }

    /** Opened from the emailed link, the code is already filled in (the site's pages are no-store and send no referrer elsewhere). */
    @Get
    public HttpResponse<?> form(HttpRequest<?> request) {
        String code = request.getParameters().getFirst("code").map(String::strip).filter(c -> c.length() <= 100).orElse("");
        return HttpResponse.ok(Pages.render("password/choose", Pages.page(request, "coord.password.pageTitle"),
                new PasswordForm(code, List.of(), false)));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> choose(HttpRequest<?> request, @Body Map<String, String> fields) {
        Page page = Pages.page(request, "coord.password.pageTitle");
        String code = fields.getOrDefault("code", "").strip();
        String password = fields.getOrDefault("password", "");
        PasswordForm form = new PasswordForm(code, List.of(), false);
        if (code.isEmpty()) {
            form = form.with("code", page.t("coord.password.noCode"));
        }
        if (password.length() < 12 || password.length() > 200) {
            form = form.with("password", page.t("coord.password.length"));
        } else if (!password.equals(fields.getOrDefault("confirmation", ""))) {
            form = form.with("confirmation", page.t("coord.password.different"));
        }
        if (!form.errors().isEmpty()) {
            return again(page, form, HttpStatus.BAD_REQUEST);
        }
        try {
            api.post("/api/auth/password-reset", Map.of("token", code, "newPassword", password));
        } catch (ApiException e) {
            if (e.status() != 400) {
                throw e;
            }
            boolean aboutPassword = e.fieldErrors().stream().anyMatch(f -> "newPassword".equals(f.field()));
            return again(page, aboutPassword ? form.with("password", page.t("coord.password.length"))
                    : form.with("code", page.t("coord.password.badCode")), HttpStatus.BAD_REQUEST);
        }
        return HttpResponse.ok(Pages.render("password/choose", page, new PasswordForm("", List.of(), true)));
    }

    private static HttpResponse<?> again(Page page, PasswordForm form, HttpStatus status) {
        Page titled = new Page(page.language(), page.path(), page.signedIn(), page.csrfToken(), page.t("coord.errorTitle") + " – " + page.title());
        return HttpResponse.status(status).body(Pages.render("password/choose", titled, form));
    }
}
