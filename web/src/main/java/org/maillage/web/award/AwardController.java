package org.maillage.web.award;

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
import org.maillage.contracts.api.http.AwardForm;
import org.maillage.web.api.Reference;
import org.maillage.web.buyer.BuyerApi;
import org.maillage.web.buyer.JointParties;
import org.maillage.web.client.NotFound;
import org.maillage.web.session.Buyer;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;
import org.maillage.web.site.form.Form;
import org.maillage.web.site.form.Forms;
import org.maillage.web.site.form.Values;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Awarding is final (the call can be awarded neither again nor declared unsuccessful), so it takes two steps: "Adjuger à …"
 * on the responses opens this page, which names the enterprise, the amount and what happens next; only its button awards.
 */
@Controller("/buyer/opportunities/{id}/award")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AwardController {

    private static final Map<String, String> FIELDS = Map.of("startsOn", "awardStarts", "endsOn", "awardEnds");

    private final AwardClient awards;
    private final BuyerApi api;
    private final Reference reference;
    private final Forms forms;

    public AwardController(AwardClient awards, BuyerApi api, Reference reference, Forms forms) {
        this.awards = awards;
        this.api = api;
        this.reference = reference;
        this.forms = forms;
    }

    @Get("{?row}")
    public HttpResponse<?> confirm(HttpRequest<?> request, Buyer me, UUID id, @Nullable @QueryValue String row) {
        return render(request, me, id, response(row), Form.blank(), HttpStatus.OK);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> award(HttpRequest<?> request, Buyer me, UUID id, @Body AwardDecision input) {
        Page p = Pages.page(request, "buyer.award.pageTitle");
        Form<AwardDecision> f = forms.check(input, p);
        UUID responseId = response(input.row());
        LocalDate startsOn = Values.date(f, "awardStarts", p, "buyer.error.date");
        LocalDate endsOn = Values.date(f, "awardEnds", p, "buyer.error.date");
        if (Forms.send(f, FIELDS, () -> awards.award(id, new AwardForm(responseId, startsOn, endsOn)))) {
            return HttpResponse.seeOther(URI.create("/buyer/opportunities/" + id + "?done=awarded"));
        }
        return render(request, me, id, responseId, f, HttpStatus.BAD_REQUEST);
    }

    private HttpResponse<?> render(HttpRequest<?> request, Buyer me, UUID id, UUID responseId, Form<AwardDecision> f, HttpStatus status) {
        BuyerApi.Opportunity o = api.opportunity(id, me.visitor().token());
        if (!o.buyerId().equals(me.organization())) {
            throw new NotFound();
        }
        List<BuyerApi.Response> standing = api.responses(id, me.visitor().token()).responses().stream()
                .filter(r -> !"WITHDRAWN".equals(r.status())).toList();
        Optional<BuyerApi.Response> chosen = standing.stream().filter(r -> r.id().equals(responseId))
                .filter(r -> "SUBMITTED".equals(r.status()) || "SHORTLISTED".equals(r.status())).findFirst();
        if (chosen.isEmpty()) {
            // decided meanwhile, or never one of this call's: the responses page says where the call stands
            return HttpResponse.seeOther(URI.create("/buyer/opportunities/" + id));
        }
        BuyerApi.Response r = chosen.get();
        Page plain = Pages.page(request, "buyer.award.pageTitle");
        Page p = f.ok() ? plain : plain.withError();
        AwardPage view = new AwardPage(id, p.pick(o.titleFr(), o.titleEn()), r.id(), name(r.enterpriseId()),
                JointParties.of(r, this::name), r.priceCad(), standing.size() - 1, f);
        return HttpResponse.status(status).body(Pages.render("award/confirm", p, view));
    }

    private static UUID response(@Nullable String row) {
        try {
            return UUID.fromString(row == null ? "" : row.strip());
        } catch (IllegalArgumentException e) {
            throw new NotFound();
        }
    }

    private String name(UUID enterprise) {
        String n = reference.organizationName(enterprise, "ENTERPRISE");
        return n == null ? enterprise.toString() : n;
    }
}
