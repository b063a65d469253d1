package org.maillage.web.coordinator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.maillage.web.api.Api;
import org.maillage.web.api.ApiException;
import org.maillage.web.api.Reference;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.util.List;
import java.util.UUID;

/**
 * A coordinator's view of its pilots' results: the dashboard for a chosen period, the same figures as a
 * printable report for funders, and the open data. The figures are reporting-service's, unchanged.
 */
@Controller("/coordinator")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DashboardController {

    private final Api api;
    private final Coordination coordination;
    private final Reference reference;
    private final java.time.Clock clock;

    public DashboardController(Api api, Coordination coordination, Reference reference, java.time.Clock clock) {
        this.api = api;
        this.coordination = coordination;
        this.reference = reference;
        this.clock = clock;
    }

    @Get
    public HttpResponse<?> home(HttpRequest<?> request) {
        Coordination.Coordinator c = coordination.coordinator(request);
        return HttpResponse.ok(Pages.render("coordinator/home", Pages.page(request, "coord.home.pageTitle"), c.pilots()));
    }

    @Get("/pilots/{id}{?from,to,within}")
    public HttpResponse<?> dashboard(HttpRequest<?> request, UUID id, @Nullable @QueryValue String from,
                                     @Nullable @QueryValue String to, @Nullable @QueryValue String within) {
        return figures(request, id, from, to, within, "coordinator/dashboard", "coord.dashboard.pageTitle");
    }

    @Get("/pilots/{id}/report{?from,to,within}")
    public HttpResponse<?> report(HttpRequest<?> request, UUID id, @Nullable @QueryValue String from,
                                  @Nullable @QueryValue String to, @Nullable @QueryValue String within) {
        return figures(request, id, from, to, within, "coordinator/report", "coord.report.pageTitle");
    }

    /** Per enterprise (matched, responses, wins, value won) and per opportunity (its funnel), for the period. */
    @Get("/pilots/{id}/results{?from,to,within}")
    public HttpResponse<?> results(HttpRequest<?> request, UUID id, @Nullable @QueryValue String from,
                                   @Nullable @QueryValue String to, @Nullable @QueryValue String within) {
        Coordination.Scope scope = coordination.pilot(request, id);
        Page page = Pages.page(request, "coord.results.pageTitle", scope.pilot().name());
        Period period = Period.read(page, scope.pilot(), from, to, within, clock);
        if (!period.valid()) {
            Page titled = new Page(page.language(), page.path(), page.signedIn(), page.csrfToken(), page.t("coord.errorTitle") + " – " + page.title());
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Pages.render("coordinator/results", titled,
                    new Results.View(scope.pilot(), period, null, null, java.util.Map.of())));
        }
        String base = "/api/reports/pilots/" + id;
        List<Results.EnterpriseRow> enterprises = api.list(base + "/enterprises?" + period.months(), Results.EnterpriseRow.class, scope.token());
        List<Results.OpportunityRow> opportunities = api.list(base + "/opportunities?" + period.months(), Results.OpportunityRow.class, scope.token());
        // buyers are the pilot's members, institutions or enterprises: their names from one list rather than one call each
        java.util.Map<UUID, String> buyers = Members.all(api, id).stream()
                .collect(java.util.stream.Collectors.toMap(Members.Member::organizationId, Members.Member::name, (x, y) -> x));
        return HttpResponse.ok(Pages.render("coordinator/results", page, new Results.View(scope.pilot(), period, enterprises, opportunities, buyers)));
    }

    @Get("/pilots/{id}/open-data")
    public HttpResponse<?> openData(HttpRequest<?> request, UUID id) {
        Coordination.Scope scope = coordination.pilot(request, id);
        Page page = Pages.page(request, "coord.openData.pageTitle", scope.pilot().name());
        // the open data covers everything since the pilot began, whatever the dashboard's default
        Presets.Preset since = Presets.sinceStart(scope.pilot().startsOn(), clock);
        Period all = Period.read(page, scope.pilot(), since.from().toString(), since.to().toString(), null, clock);
        return HttpResponse.ok(Pages.render("coordinator/open-data", page, new DashboardView(scope.pilot(), all, null, List.of())));
    }

    /** A CSV table with the coordinator's token (two of them name enterprises: not public), under the API's own file name. */
    @Get("/pilots/{id}/csv/{table}{?from,to,within}")
    public HttpResponse<?> csv(HttpRequest<?> request, UUID id, String table, @Nullable @QueryValue String from,
                               @Nullable @QueryValue String to, @Nullable @QueryValue String within) {
        Coordination.Scope scope = coordination.pilot(request, id);
        Period period = Period.read(Pages.page(request, "site.name"), scope.pilot(), from, to, within, clock);
        if (!DashboardView.TABLES.contains(table) || !period.valid()) {
            throw new ApiException(404, "no such table", List.of());
        }
        byte[] csv = api.get("/api/reports/pilots/" + id + "/csv/" + table + "?" + period.query(), byte[].class, scope.token());
        return HttpResponse.ok(csv).contentType(new MediaType("text/csv", java.util.Map.of("charset", "utf-8")))
                .header("Content-Disposition", "attachment; filename=\"maillage-" + table + "-" + period.from() + "-" + period.to() + ".csv\"");
    }

    private HttpResponse<?> figures(HttpRequest<?> request, UUID id, String from, String to, String within, String template, String title) {
        Coordination.Scope scope = coordination.pilot(request, id);
        Page page = Pages.page(request, title, scope.pilot().name());
        Period period = Period.read(page, scope.pilot(), from, to, within, clock);
        if (period.valid()) {
            try {
                Dashboard d = api.get("/api/reports/pilots/" + id + "/dashboard?" + period.query(), Dashboard.class, scope.token());
                List<DashboardView.Category> categories = d.byCategory().stream()
                        .map(c -> new DashboardView.Category(reference.category(c.category(), page.language()), c.contracts(), c.valueCad()))
                        .toList();
                return HttpResponse.ok(Pages.render(template, page, new DashboardView(scope.pilot(), period, d, categories)));
            } catch (ApiException e) {
                if (e.status() != 400) {
                    throw e;
                }
                // the platform's own rule (a limit of months, say): shown next to the field it names
                for (ApiException.FieldError f : e.fieldErrors()) {
                    String field = f.field() != null && f.field().endsWith("to") ? "to" : f.field() != null && f.field().endsWith("within") ? "within" : "from";
                    period = period.with(field, f.message());
                }
                period = period.valid() ? period.with("from", e.getMessage()) : period;
            }
        }
        Page titled = new Page(page.language(), page.path(), page.signedIn(), page.csrfToken(), page.t("coord.errorTitle") + " – " + page.title());
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Pages.render(template, titled, new DashboardView(scope.pilot(), period, null, List.of())));
    }
}
