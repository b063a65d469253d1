package org.maillage.web.buyer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.maillage.web.api.Api;
import org.maillage.web.api.Reference;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The buyer's dashboard at /buyer. */
@Controller("/buyer")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DashboardController {

    private final Buyers buyers;
    private final BuyerApi api;
    private final Api publicApi;
    private final Reference reference;

    public DashboardController(Buyers buyers, BuyerApi api, Api publicApi, Reference reference) {
        this.buyers = buyers;
        this.api = api;
        this.publicApi = publicApi;
        this.reference = reference;
    }

    /** What the last action said, once, after its redirect here. */
    private static final Set<String> DONE = Set.of("draftDeleted");

    @Get("{?done}")
    public ModelAndView<Map<String, Object>> show(HttpRequest<?> request, @Nullable @QueryValue String done) {
        Buyer me = buyers.require(request);
        Page p = Pages.page(request, "buyer.dashboard.pageTitle");
        Instant now = Instant.now();
        List<BuyerApi.Opportunity> mine = api.mine(me.token());
        List<DashboardView.Row> drafts = new ArrayList<>();
        List<DashboardView.Open> open = new ArrayList<>();
        List<DashboardView.Row> deciding = new ArrayList<>();
        for (BuyerApi.Opportunity o : mine) {
            String title = p.pick(o.titleFr(), o.titleEn());
            switch (o.status()) {
                case "DRAFT" -> drafts.add(new DashboardView.Row(o.id(), title, o.deadline()));
                case "PUBLISHED", "CLOSED" -> {
                    if (now.isBefore(o.deadline())) {
                        ManageView.Counts counts = ManageController.counts(api.matches(o.id(), me.token()), api.questions(o.id()));
                        open.add(new DashboardView.Open(o.id(), title, o.deadline(), counts, api.responses(o.id(), me.token()).count()));
                    } else {
                        deciding.add(new DashboardView.Row(o.id(), title, o.deadline()));
                    }
                }
                default -> {
                }
            }
        }
        open.sort(Comparator.comparing(DashboardView.Open::deadline));
        deciding.sort(Comparator.comparing(DashboardView.Row::deadline));
        List<DashboardView.Declared> declared = api.declared(me.token()).stream()
                .map(c -> new DashboardView.Declared(c.id(), c.title(), suppliers(c.supplierIds()), c.valueCad())).toList();
        String name = reference.organizationName(me.organization(), "INSTITUTION");
        return Pages.render("buyer/dashboard", p, new DashboardView(name == null ? "" : name, drafts, open, deciding, declared,
                commitments(me, p), done != null && DONE.contains(done) ? done : null));
    }

    private List<DashboardView.Commitment> commitments(Buyer me, Page p) {
        List<DashboardView.Commitment> out = new ArrayList<>();
        Map<UUID, String> pilots = publicApi.list("/api/pilots", Pilot.class).stream()
                .collect(Collectors.toMap(Pilot::id, Pilot::name, (a, b) -> a));
        for (UUID pilot : me.pilots()) {
            api.dashboard(pilot).byInstitution().stream().filter(r -> r.institutionId().equals(me.organization())).findFirst()
                    .ifPresent(r -> out.add(new DashboardView.Commitment(pilots.getOrDefault(pilot, ""), r.contracts(), r.valueCad(),
                            r.commitmentContracts(), r.commitmentValueCad(),
                            r.progress() == null ? null : (int) Math.round(r.progress() * 100),
                            r.valueProgress() == null ? null : (int) Math.round(r.valueProgress() * 100))));
        }
        return out;
    }

    private String suppliers(List<UUID> ids) {
        return ids.stream().map(id -> reference.organizationName(id, "ENTERPRISE")).filter(n -> n != null).collect(Collectors.joining(", "));
    }

    @io.micronaut.serde.annotation.Serdeable
    record Pilot(UUID id, String name) {
    }
}
