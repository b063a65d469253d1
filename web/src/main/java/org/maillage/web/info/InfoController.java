package org.maillage.web.info;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import org.maillage.web.api.Api;
import org.maillage.web.api.Reference;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The pages that explain: about the pilot, the accessibility statement. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class InfoController {

    private final Api api;
    private final Reference reference;

    public InfoController(Api api, Reference reference) {
        this.api = api;
        this.reference = reference;
    }

    @Get("/about")
    public ModelAndView<Map<String, Object>> about(HttpRequest<?> request) {
        Page p = Pages.page(request, "about.pageTitle");
        List<AboutView.Pilot> pilots = api.list("/api/pilots", Pilot.class).stream()
                .map(x -> new AboutView.Pilot(x.name(), x.coordinatingOrganization(), reference.region(x.region(), p.language()),
                        x.startsOn(), x.endsOn(), x.memberCount()))
                .toList();
        return Pages.render("info/about", p, new AboutView(pilots));
    }

    @Get("/accessibility")
    public ModelAndView<Map<String, Object>> accessibility(HttpRequest<?> request) {
        return Pages.render("info/accessibility", Pages.page(request, "accessibility.pageTitle"), new AboutView(List.of()));
    }

    /** As directory-service's GET /api/pilots answers: its members counted, not listed. */
    @Serdeable
    record Pilot(String name, String region, LocalDate startsOn, LocalDate endsOn, @Nullable String coordinatingOrganization,
                 long memberCount) {
    }
}
