package org.maillage.web.home;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.maillage.web.api.Api;
import org.maillage.web.coordinator.Presets;
import org.maillage.web.site.Pages;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The front page: each pilot's figures for its own period (up to this month while it runs), and, for a pilot that has
 * ended, what has been signed since its start, said as such: a figure shown with a period is that period's figure.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class HomeController {

    private final Api api;
    private final Clock clock;

    public HomeController(Api api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    @Get
    public ModelAndView<Map<String, Object>> home(HttpRequest<?> request) {
        List<HomeView.PilotResults> pilots = api.list("/api/pilots", PilotApi.Pilot.class).stream().map(this::results).toList();
        return Pages.render("home/home", Pages.page(request, "home.pageTitle"), new HomeView(pilots));
    }

    private HomeView.PilotResults results(PilotApi.Pilot p) {
        Presets.Preset own = Presets.pilot(p.startsOn(), p.endsOn(), clock);
        boolean ended = Presets.ended(p.endsOn(), clock);
        PilotApi.Dashboard d = dashboard(p, own);
        List<HomeView.InstitutionRow> rows = d.byInstitution().stream()
                .map(i -> new HomeView.InstitutionRow(i.name(), i.contracts(), i.valueCad())).toList();
        HomeView.SinceStart since = null;
        Presets.Preset all = Presets.sinceStart(p.startsOn(), clock);
        if (ended && all.to().isAfter(own.to())) {
            PilotApi.Dashboard s = dashboard(p, all);
            since = new HomeView.SinceStart(s.from(), s.to(), s.headline().contracts(), s.headline().valueCad(),
                    s.headline().contracts() != d.headline().contracts() || s.headline().valueCad().compareTo(d.headline().valueCad()) != 0);
        }
        return new HomeView.PilotResults(p.id(), p.name(), p.startsOn(), p.endsOn(), d.from(), d.to(), ended,
                d.headline().institutionsWithContract(), d.headline().institutions(), d.headline().contracts(), d.headline().valueCad(),
                d.contacts().firstContacts(), d.contacts().introduced(), rows, since);
    }

    private PilotApi.Dashboard dashboard(PilotApi.Pilot p, Presets.Preset period) {
        return api.get("/api/reports/pilots/" + p.id() + "/dashboard?from=" + period.from() + "&to=" + period.to(), PilotApi.Dashboard.class);
    }
}
