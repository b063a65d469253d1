package org.maillage.web.alert;

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
import org.maillage.web.api.ApiException;
import org.maillage.web.api.Reference;
import org.maillage.web.member.Errors;
import org.maillage.web.member.FormData;
import org.maillage.web.member.Member;
import org.maillage.web.member.MemberApi;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * My email alerts, wired to notification-service's preferences through the gateway. Any signed-in account: each sees a
 * switch for every kind of message it can receive (a buyer, the questions on its calls); alerts of new opportunities need
 * the box ticked (express consent). The page sends what it shows and nothing else, so it never undoes a choice made
 * elsewhere (an unsubscribe link).
 */
@Controller("/supplier/alerts")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AlertsController {

    private static final String PATH = "/api/notifications/preferences";

    private final MemberApi api;
    private final Reference reference;

    public AlertsController(MemberApi api, Reference reference) {
        this.api = api;
        this.reference = reference;
    }

    @Get("{?saved}")
    public HttpResponse<?> show(HttpRequest<?> request, @Nullable @QueryValue String saved) {
        Member me = api.member(request, false);
        AlertsForm.Preferences prefs = api.get(me, PATH, AlertsForm.Preferences.class);
        return HttpResponse.ok(render(request, me, prefs, saved != null, new Errors()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> save(HttpRequest<?> request, @Body String body) {
        Member me = api.member(request, false);
        FormData form = FormData.parse(body);
        // the switches the page shows are the kinds this account can receive, as notification-service lists them
        AlertsForm.Preferences shown = api.get(me, PATH, AlertsForm.Preferences.class);
        Map<String, Boolean> kinds = new LinkedHashMap<>();
        List<String> ticked = form.all("kinds");
        kindsOf(shown).keySet().forEach(k -> kinds.put(k, ticked.contains(k)));
        List<String> categories = form.all("categories");
        List<String> regions = form.all("regions");
        String language = form.text("language").isEmpty() ? null : form.text("language");
        boolean alerts = alerts(kinds);
        AlertsForm.Preferences prefs = alerts
                ? new AlertsForm.Preferences(categories.isEmpty() ? null : categories, regions.isEmpty() ? null : regions,
                form.text("delivery"), hour(form.text("digestHour")), language, form.has("consent"), kinds)
                : new AlertsForm.Preferences(shown.categories(), shown.regions(), shown.delivery(), shown.digestHour(), language,
                shown.alertsConsent(), kinds);
        // only what the page shows: a choice it does not show (a kind, the consent) is left as it was
        Object change = alerts
                ? new AlertsForm.AlertsChange(prefs.categories(), prefs.regions(), prefs.delivery(), prefs.digestHour(), language,
                prefs.alertsConsent(), kinds)
                : new AlertsForm.KindsChange(language, kinds);
        try {
            api.put(me, PATH, change, AlertsForm.Preferences.class);
            return HttpResponse.seeOther(URI.create("/supplier/alerts?saved=1"));
        } catch (ApiException e) {
            if (e.status() != 400) {
                throw e;
            }
            // a refusal the page cannot place goes next to the first field it shows
            Errors errors = new Errors().addAll(e, AlertsController::input, alerts ? "consent" : "language");
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(render(request, me, prefs, false, errors));
        }
    }

    private static Map<String, Boolean> kindsOf(AlertsForm.Preferences prefs) {
        return prefs.kinds() == null ? Map.of() : prefs.kinds();
    }

    /** Alerts of new opportunities concern the account (and the page shows their consent) when it can receive them. */
    private static boolean alerts(Map<String, Boolean> kinds) {
        return kinds.containsKey("MATCHED");
    }

    private static String input(String field) {
        String f = field.replaceAll("\\[.*$", "");
        return switch (f) {
            case "categories", "regions", "delivery", "digestHour", "language", "kinds" -> f;
            case "alertsConsent" -> "consent";
            default -> null;
        };
    }

    private Object render(HttpRequest<?> request, Member me, AlertsForm.Preferences prefs, boolean saved, Errors errors) {
        Page p = Pages.page(request, errors.any() ? "alerts.errorTitle" : "alerts.title");
        List<AlertsForm.Choice> categories = new ArrayList<>();
        reference.categories().forEach((code, label) -> categories.add(new AlertsForm.Choice(code, label.in(p.language()))));
        List<AlertsForm.Choice> regions = new ArrayList<>();
        reference.regions().forEach((code, label) -> regions.add(new AlertsForm.Choice(code, label.in(p.language()))));
        return Pages.render("alert/alerts", p, new AlertsForm(prefs.alertsConsent(), prefs.categories() == null ? List.of() : prefs.categories(),
                prefs.regions() == null ? List.of() : prefs.regions(), prefs.delivery(), prefs.digestHour(),
                prefs.language() == null ? "" : prefs.language(), kindsOf(prefs), categories, regions, alerts(kindsOf(prefs)),
                me.supplier(), saved, errors));
    }

    /** A missing or garbled hour is sent as -1, so notification-service names the field rather than the page guessing. */
    private static int hour(String typed) {
        try {
            return Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
