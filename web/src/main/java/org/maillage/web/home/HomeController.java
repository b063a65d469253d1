package org.maillage.web.home;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.maillage.web.api.Api;
import org.maillage.web.site.Pages;

import java.util.List;
import java.util.Map;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class HomeController {

    private final Api api;

    public HomeController(Api api) {
        this.api = api;
    }

    @Get
    public ModelAndView<Map<String, Object>> home(HttpRequest<?> request) {
        List<HomeView.PilotResults> pilots = api.list("/api/pilots", PilotApi.Pilot.class).stream().map(this::results).toList();
        return Pages.render("home/home", Pages.page(request, "home.pageTitle"), new HomeView(pilots));
    }

    private HomeView.PilotResults results(PilotApi.Pilot p) {
        PilotApi.Dashboard d = api.get("/api/reports/pilots/" + p.id() + "/dashboard", PilotApi.Dashboard.class);
        List<HomeView.InstitutionRow> rows = d.byInstitution().stream()
                .map(i -> new HomeView.InstitutionRow(i.name(), i.contracts(), i.valueCad())).toList();
        return new HomeView.PilotResults(p.id(), p.name(), p.startsOn(), p.endsOn(), d.headline().institutionsWithContract(),
                d.headline().institutions(), d.headline().contracts(), d.headline().valueCad(), d.contacts().firstContacts(),
                d.contacts().introduced(), rows);
    }
}
