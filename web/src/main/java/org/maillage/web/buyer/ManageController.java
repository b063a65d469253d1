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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.maillage.contracts.api.http.ContractView;
import org.maillage.web.api.ApiException;
import org.maillage.web.api.Reference;
import org.maillage.web.documents.DocumentsApi;
import org.maillage.web.documents.Files;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One opportunity as its buyer runs it. Every action is a plain form posted here and answered with a redirect
 * (POST-redirect-GET); a refusal re-renders the page with the error next to the field and what was typed.
 */
@Controller("/buyer/opportunities/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ManageController {

    private static final Set<String> DONE = Set.of("published", "amended", "answered", "cancelled", "shortlisted", "rejected", "awarded",
            "unsuccessful");

    private final Buyers buyers;
    private final BuyerApi api;
    private final Reference reference;
    private final DocumentsApi documents;

    public ManageController(Buyers buyers, BuyerApi api, Reference reference, DocumentsApi documents) {
        this.buyers = buyers;
        this.api = api;
        this.reference = reference;
        this.documents = documents;
    }

    /** A response's file, for the buying organization once the deadline has passed (the API refuses it before, and to others). */
    @Get("/responses/documents/{document}")
    public HttpResponse<byte[]> responseFile(HttpRequest<?> request, UUID id, UUID document) {
        return Files.relay(documents.downloadFromResponse(id, document, buyers.require(request).token()));
    }

    @Get("{?done}")
    public HttpResponse<?> show(HttpRequest<?> request, UUID id, @Nullable @QueryValue String done) {
        Buyer me = buyers.require(request);
        BuyerApi.Opportunity o = api.opportunity(id, me.token());
        if (!o.buyerId().equals(me.organization())) {
            throw new ApiException(403, "not your opportunity", List.of());
        }
        if ("DRAFT".equals(o.status())) {
            return HttpResponse.seeOther(URI.create("/buyer/opportunities/" + id + "/review"));
        }
        return render(request, me, o, done != null && DONE.contains(done) ? done : null, Form.empty(), HttpStatus.OK);
    }

    @Post(value = "/{action}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> act(HttpRequest<?> request, UUID id, String action, @Body @Nullable String body) {
        Buyer me = buyers.require(request);
        Form f = Form.parse(body);
        Page p = Pages.page(request, "buyer.manage.pageTitle");
        String base = "/api/opportunities/" + id;
        String row = f.value("row");
        String path;
        Map<String, Object> sent = new HashMap<>();
        Map<String, String> fields = new HashMap<>();
        String done;
        switch (action) {
            case "amend" -> {
                path = base + "/amendments";
                require(f, "amendSummary", p.t("buyer.error.amendSummary"));
                sent.put("summary", f.value("amendSummary"));
                sent.put("deadline", Inputs.montreal(f, "amendDeadlineDate", "amendDeadlineTime", p, false));
                fields.put("summary", "amendSummary");
                fields.put("deadline", "amendDeadlineDate");
                done = "amended";
            }
            case "answer" -> {
                path = base + "/questions/" + uuid(row) + "/answer";
                require(f, "answer-" + row, p.t("buyer.error.answer"));
                sent.put("answer", f.value("answer-" + row));
                fields.put("answer", "answer-" + row);
                done = "answered";
            }
            case "cancel" -> {
                path = base + "/cancel";
                require(f, "cancelReason", p.t("buyer.error.cancelReason"));
                sent.put("reason", f.value("cancelReason"));
                fields.put("reason", "cancelReason");
                done = "cancelled";
            }
            case "shortlist" -> {
                path = base + "/responses/" + uuid(row) + "/shortlist";
                done = "shortlisted";
            }
            case "reject" -> {
                path = base + "/responses/" + uuid(row) + "/reject";
                require(f, "reason-" + row, p.t("buyer.error.rejectReason"));
                sent.put("reason", f.value("reason-" + row));
                fields.put("reason", "reason-" + row);
                done = "rejected";
            }
            case "unsuccessful" -> {
                path = base + "/unsuccessful";
                require(f, "unsuccessfulReason", p.t("buyer.error.unsuccessfulReason"));
                sent.put("reason", f.value("unsuccessfulReason"));
                fields.put("reason", "unsuccessfulReason");
                done = "unsuccessful";
            }
            default -> {
                return HttpResponse.notFound();
            }
        }
        sent.values().removeIf(Objects::isNull);
        String to = path;
        if (Inputs.accepted(f, fields, () -> api.act(to, sent, me.token()))) {
            return HttpResponse.seeOther(URI.create("/buyer/opportunities/" + id + "?done=" + done));
        }
        return render(request, me, api.opportunity(id, me.token()), null, f, HttpStatus.BAD_REQUEST);
    }

    /** @param message what to write, and where it goes: each of these texts reaches other people (the notice, an email) */
    private static void require(Form f, String field, String message) {
        if (f.value(field).isEmpty()) {
            f.error(field, message);
        }
    }

    private static UUID uuid(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw new ApiException(404, "no such row", List.of());
        }
    }

    private HttpResponse<?> render(HttpRequest<?> request, Buyer me, BuyerApi.Opportunity o, @Nullable String done, Form f, HttpStatus status) {
        Page p = Pages.page(request, "buyer.manage.pageTitle");
        String title = p.pick(o.titleFr(), o.titleEn());
        p = Pages.titled(request, (f.ok() ? "" : p.t("buyer.errorTitle") + " – ") + title);
        boolean beforeDeadline = Instant.now().isBefore(o.deadline());
        boolean open = "PUBLISHED".equals(o.status()) && beforeDeadline;
        boolean deciding = ("PUBLISHED".equals(o.status()) || "CLOSED".equals(o.status())) && !beforeDeadline;
        List<BuyerApi.Question> questions = api.questions(o.id());
        BuyerApi.Matches matches = api.matches(o.id(), me.token());
        List<ManageView.FunnelRow> funnel = matches.enterprises().stream().map(m -> new ManageView.FunnelRow(name(m.enterpriseId()),
                m.notifiedAt(), m.viewedAt(), m.interested(), m.reason(), m.reasonText())).toList();
        ManageView.Counts counts = counts(matches, questions);
        BuyerApi.Responses responses = api.responses(o.id(), me.token());
        // sealed until the deadline: before it, the API would refuse (409) and there is nothing to show anyway
        List<DocumentsApi.Document> files = responses.sealed() || beforeDeadline ? List.of() : documents.responseFilesForBuyer(o.id(), me.token());
        List<ManageView.ResponseRow> rows = responses.responses().stream().map(r -> new ManageView.ResponseRow(r.id(), name(r.enterpriseId()),
                r.priceCad(), r.proposal(), r.status(), r.documents() == null ? List.of() : r.documents(),
                files.stream().filter(d -> d.current() && r.enterpriseId().equals(d.enterpriseId()))
                        .map(d -> new ManageView.File(d.fileName(), "/buyer/opportunities/" + o.id() + "/responses/documents/" + d.id())).toList(),
                JointParties.of(r, this::name))).toList();
        UUID contract = "AWARDED".equals(o.status()) ? api.contracts(me.token()).stream().filter(c -> o.id().equals(c.opportunityId()))
                .map(ContractView::id).findFirst().orElse(null) : null;
        ManageView view = new ManageView(o, title, done, open, deciding, questions, funnel, counts, rows,
                responses.sealed() ? responses.count() : 0, contract, f, reach(o, me));
        return HttpResponse.status(status).body(Pages.render("buyer/manage", p, view));
    }

    /**
     * How many matched enterprises were told by email: an aside to the page, so the page shows without it when
     * notification-service cannot say yet (it reads the publication a moment after it) or at all.
     */
    private BuyerApi.AlertReach reach(BuyerApi.Opportunity o, Buyer me) {
        if (o.publishedAt() == null) {
            return null;
        }
        try {
            return api.alertReach(o.id(), me.token());
        } catch (ApiException e) {
            return null;
        }
    }

    static ManageView.Counts counts(BuyerApi.Matches m, List<BuyerApi.Question> questions) {
        int viewed = (int) m.enterprises().stream().filter(e -> e.viewedAt() != null).count();
        int yes = (int) m.enterprises().stream().filter(e -> Boolean.TRUE.equals(e.interested())).count();
        int no = (int) m.enterprises().stream().filter(e -> Boolean.FALSE.equals(e.interested())).count();
        int waiting = (int) questions.stream().filter(q -> q.answer() == null).count();
        return new ManageView.Counts(m.enterprises().size(), viewed, yes, no, waiting);
    }

    private String name(UUID enterprise) {
        String n = reference.organizationName(enterprise, "ENTERPRISE");
        return n == null ? enterprise.toString() : n;
    }
}
