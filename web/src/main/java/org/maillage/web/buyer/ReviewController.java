package org.maillage.web.buyer;

import io.micronaut.core.annotation.Nullable;
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
import org.maillage.web.api.Reference;
import org.maillage.web.documents.DocumentsApi;
import org.maillage.web.site.Language;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Checking a draft as the public will read it, then publishing it, which notifies the matched enterprises. */
@Controller("/buyer/opportunities/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReviewController {

    private final Buyers buyers;
    private final BuyerApi api;
    private final Reference reference;
    private final Clock clock;
    private final DocumentsApi documents;

    public ReviewController(Buyers buyers, BuyerApi api, Reference reference, Clock clock, DocumentsApi documents) {
        this.buyers = buyers;
        this.api = api;
        this.reference = reference;
        this.clock = clock;
        this.documents = documents;
    }

    @Get("/review")
    public HttpResponse<?> review(HttpRequest<?> request, UUID id) {
        Buyer me = buyers.require(request);
        BuyerApi.Opportunity o = api.opportunity(id, me.token());
        if (!"DRAFT".equals(o.status())) {
            return HttpResponse.seeOther(URI.create("/buyer/opportunities/" + id));
        }
        return render(request, me, o, Form.empty(), HttpStatus.OK);
    }

    @Post(value = "/publish", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> publish(HttpRequest<?> request, UUID id, @Body @Nullable String body) {
        Buyer me = buyers.require(request);
        Form f = Form.parse(body);
        Page p = Pages.page(request, "buyer.review.pageTitle");
        BuyerApi.Opportunity o = api.opportunity(id, me.token());
        if (!"DRAFT".equals(o.status())) {
            return HttpResponse.seeOther(URI.create("/buyer/opportunities/" + id));
        }
        Publication.blockers(o, clock.instant()).forEach(b -> f.error(null, p.t(b.key())));
        String publish = "/api/opportunities/" + id + "/publish";
        if (Inputs.accepted(f, Map.of(), () -> api.act(publish, Map.of(), me.token()))) {
            return HttpResponse.seeOther(URI.create("/buyer/opportunities/" + id + "?done=published"));
        }
        // the deadline may pass between this check and the API's: say so in the buyer's words, not the API's
        BuyerApi.Opportunity now = api.opportunity(id, me.token());
        List<Publication.Blocker> late = Publication.blockers(now, clock.instant());
        Form shown = late.isEmpty() ? f : Form.empty();
        late.forEach(b -> shown.error(null, p.t(b.key())));
        return render(request, me, now, shown, HttpStatus.CONFLICT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private HttpResponse<?> render(HttpRequest<?> request, Buyer me, BuyerApi.Opportunity o, Form f, HttpStatus status) {
        Page p = Pages.page(request, "buyer.review.pageTitle");
        String title = p.pick(o.titleFr(), o.titleEn());
        String description = p.pick(o.descriptionFr(), o.descriptionEn());
        String unit = o.decisionUnitId() == null ? null : api.institution(me.organization()).decisionUnits().stream()
                .filter(u -> u.id().equals(o.decisionUnitId())).map(BuyerApi.Unit::name).findFirst().orElse(null);
        List<String> clauses = o.socialClauses() == null ? List.of() : o.socialClauses().stream().map(c -> p.t("clause." + c)).toList();
        // the notice in the other language, as enterprises reading it will see it (null where the buyer wrote none)
        boolean french = p.language() == Language.FR;
        String otherTitle = french ? o.titleEn() : o.titleFr();
        String otherDescription = french ? o.descriptionEn() : o.descriptionFr();
        List<String> files = documents.list(o.id(), me.token()).stream().filter(DocumentsApi.Document::current)
                .map(DocumentsApi.Document::fileName).toList();
        ReviewView view = new ReviewView(o, title, description.isBlank() ? null : description,
                blankToNull(otherTitle), blankToNull(otherDescription), french ? "en" : "fr", files,
                o.categories().stream().map(c -> reference.category(c, p.language())).toList(),
                o.regions().stream().map(r -> reference.region(r, p.language())).toList(), clauses, unit,
                api.matches(o.id(), me.token()).fittingNow(), Publication.blockers(o, clock.instant()), f);
        return HttpResponse.status(status).body(Pages.render("buyer/review", p, view));
    }
}
