package org.maillage.web.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.maillage.contracts.api.http.AwardNotice;
import org.maillage.web.api.Api;
import org.maillage.web.documents.DocumentsApi;
import org.maillage.web.award.AwardClient;
import org.maillage.web.api.ApiException;
import org.maillage.web.api.Reference;
import org.maillage.web.site.Language;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;
import org.maillage.web.site.SearchLinks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The public opportunities and their notices. The list is the API's search (words in French or English, filters, a
 * cursor per page): the page passes what the visitor asked and shows one page of what the API found.
 */
@Controller("/opportunities")
@ExecuteOn(TaskExecutors.BLOCKING)
public class OpportunityController {

    static final int PAGE_SIZE = 20;
    private static final List<String> STATUSES = List.of("PUBLISHED", "CLOSED", "AWARDED", "UNSUCCESSFUL", "CANCELLED");
    private static final List<String> CLOSING_WITHIN = List.of("7", "14", "30", "90");

    private final Api api;
    private final Reference reference;
    private final AwardClient awards;
    private final DocumentsApi documentsApi;

    public OpportunityController(Api api, Reference reference, AwardClient awards, DocumentsApi documentsApi) {
        this.api = api;
        this.reference = reference;
        this.awards = awards;
        this.documentsApi = documentsApi;
    }

    @Get("{?q,status,category,region,closingWithin,buyer,cursor}")
    public ModelAndView<Map<String, Object>> list(HttpRequest<?> request, @Nullable @QueryValue String q,
                                                  @Nullable @QueryValue String status, @Nullable @QueryValue String category,
                                                  @Nullable @QueryValue String region, @Nullable @QueryValue String closingWithin,
                                                  @Nullable @QueryValue String buyer, @Nullable @QueryValue String cursor) {
        Page p = Pages.page(request, "opportunities.pageTitle");
        Language l = p.language();
        OpportunityList.Criteria c = new OpportunityList.Criteria(clean(q), clean(status), clean(category), clean(region),
                clean(closingWithin), clean(buyer));
        Map<String, String> params = params(c);
        StringBuilder query = new StringBuilder("/api/opportunities?limit=" + PAGE_SIZE);
        params.forEach((k, v) -> query.append('&').append(k).append('=').append(Page.encode(v)));
        if (cursor != null && !cursor.isBlank()) {
            query.append("&cursor=").append(Page.encode(cursor));
        }
        Api.Page<OpportunityApi.Opportunity> found;
        List<ApiException.FieldError> errors = List.of();
        try {
            found = api.page(query.toString(), OpportunityApi.Opportunity.class);
        } catch (ApiException e) {
            if (e.status() != 400) {
                throw e;
            }
            errors = e.fieldErrors();
            found = new Api.Page<>(List.of(), null);
        }
        String buyerName = null;
        if (!c.buyer().isEmpty() && errors.stream().noneMatch(e -> "buyer".equals(e.field()))) {
            buyerName = reference.organizationName(UUID.fromString(c.buyer()), "INSTITUTION");
        }
        Map<String, String> withoutBuyer = new LinkedHashMap<>(params);
        withoutBuyer.remove("buyer");
        OpportunityList view = new OpportunityList(c, buyerName,
                STATUSES.stream().map(s -> new OpportunityList.Option(s, p.label("status.", s))).toList(),
                reference.categories().keySet().stream().map(code -> new OpportunityList.Option(code, reference.category(code, l))).toList(),
                reference.regions().keySet().stream().map(code -> new OpportunityList.Option(code, reference.region(code, l))).toList(),
                CLOSING_WITHIN.stream().map(d -> new OpportunityList.Option(d, p.t("opportunities.withinDays", Integer.parseInt(d)))).toList(),
                found.items().stream().map(o -> row(o, p)).toList(),
                found.next() == null ? null : SearchLinks.url("/opportunities", params, found.next()),
                cursor == null || cursor.isBlank() ? null : SearchLinks.url("/opportunities", params, null),
                c.buyer().isEmpty() ? null : SearchLinks.url("/opportunities", withoutBuyer, null), errors);
        boolean fragment = request.getHeaders().contains("HX-Request");
        return Pages.render(fragment ? "opportunity/results" : "opportunity/list", p, view);
    }

    @Get("/{id}")
    public ModelAndView<Map<String, Object>> notice(HttpRequest<?> request, UUID id) {
        OpportunityApi.Opportunity o = api.get("/api/opportunities/" + id, OpportunityApi.Opportunity.class);
        List<OpportunityApi.Question> questions = api.list("/api/opportunities/" + id + "/questions", OpportunityApi.Question.class);
        // as any visitor reads them: a published call's documents are public
        List<DocumentsApi.Document> documents = documentsApi.list(id, null);
        Page p = Pages.page(request, "site.name");
        Language l = p.language();
        String title = title(o, p);
        Notice notice = new Notice(o.id(), title, buyer(o), o.buyerId(), "INSTITUTION".equals(o.buyerKind()),
                p.label("status.", o.status()), p.label("method.", o.method()), nullIfBlank(p.pick(o.descriptionFr(), o.descriptionEn())),
                o.categories().stream().map(c -> reference.category(c, l)).toList(),
                o.regions().stream().map(r -> reference.region(r, l)).toList(),
                o.estimatedValue(), o.valueWithheld(), o.deadline(), o.contractStarts(), o.contractEnds(),
                o.socialClauses() == null ? List.of() : o.socialClauses().stream().map(c -> p.label("clause.", c)).toList(), o.documents() == null ? List.of() : o.documents(),
                o.noticeUrl(), o.contactName(), o.contactEmail(), o.cancelReason(),
                o.amendments() == null ? List.of() : o.amendments().stream()
                        .map(a -> new Notice.Amendment(a.amendedAt(), a.summary(), a.previousDeadline(), a.newDeadline())).toList(),
                questions.stream().map(q -> new Notice.Question(q.question(), q.askedAt(), q.answer(), q.answeredAt())).toList(),
                Notice.File.of(id, documents, p),
                award(o));
        return Pages.render("opportunity/notice", Pages.titled(request, title), notice);
    }

    /** The award notice of an awarded call, its enterprises named as the directory names them. */
    @Nullable
    private Notice.Award award(OpportunityApi.Opportunity o) {
        if (!"AWARDED".equals(o.status())) {
            return null;
        }
        AwardNotice a = awards.notice(o.id()).orElse(null);
        if (a == null) {
            return null;
        }
        return new Notice.Award(a.supplierIds().stream().map(id -> new Notice.Supplier(id, Objects.requireNonNullElse(
                reference.organizationName(id, "ENTERPRISE"), ""))).toList(), a.valueCad(), a.awardedAt());
    }

    private OpportunityList.Row row(OpportunityApi.Opportunity o, Page p) {
        return new OpportunityList.Row(o.id(), title(o, p), buyer(o), p.label("status.", o.status()), o.deadline(),
                p.label("method.", o.method()));
    }

    private String buyer(OpportunityApi.Opportunity o) {
        String name = reference.organizationName(o.buyerId(), o.buyerKind());
        return name == null ? "" : name;
    }

    private static String title(OpportunityApi.Opportunity o, Page p) {
        String t = p.pick(o.titleFr(), o.titleEn());
        return t.isBlank() ? p.t("opportunities.untitled") : t;
    }

    private static String nullIfBlank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String clean(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    /** The filters that are set, in the order the API and the page's links use. */
    private static Map<String, String> params(OpportunityList.Criteria c) {
        return SearchLinks.filters("q", c.q(), "status", c.status(), "category", c.category(), "region", c.region(), "closingWithin",
                c.closingWithin(), "buyer", c.buyer());
    }
}
