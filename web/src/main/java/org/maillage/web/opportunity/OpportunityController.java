package org.maillage.web.opportunity;

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
import org.maillage.web.site.Language;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The public opportunities and their notices. The page still filters and pages over the API's list itself
 * (read page by page); GET /api/opportunities now searches (words, filters, cursor), and passing the page's
 * parameters on to it is this controller's next step.
 */
@Controller("/opportunities")
@ExecuteOn(TaskExecutors.BLOCKING)
public class OpportunityController {

    static final int PAGE_SIZE = 20;
    private static final List<String> STATUSES = List.of("PUBLISHED", "CLOSED", "AWARDED", "UNSUCCESSFUL", "CANCELLED");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final Api api;
    private final Reference reference;

    /** The page still filters and pages itself over at most this many (the API's own search is its next step). */
    private static final int MAX_LISTED = 500;

    public OpportunityController(Api api, Reference reference) {
        this.api = api;
        this.reference = reference;
    }

    @Get("{?q,status,page}")
    public ModelAndView<Map<String, Object>> list(HttpRequest<?> request, @Nullable @QueryValue String q,
                                                  @Nullable @QueryValue String status, @Nullable @QueryValue String page) {
        Page p = Pages.page(request, "opportunities.pageTitle");
        String text = q == null ? "" : q.strip();
        String wanted = status != null && STATUSES.contains(status) ? status : "";
        List<String> words = List.of(fold(text).split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
        List<OpportunityList.Row> matching = api.all("/api/opportunities", OpportunityApi.Opportunity.class, MAX_LISTED).stream()
                .filter(o -> wanted.isEmpty() || wanted.equals(o.status()))
                .filter(o -> words.isEmpty() || words.stream().allMatch(w -> searchable(o).contains(w)))
                .map(o -> row(o, p))
                .toList();
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int number = Math.min(pages, Math.max(1, parse(page)));
        List<OpportunityList.Row> rows = matching.subList((number - 1) * PAGE_SIZE, Math.min(matching.size(), number * PAGE_SIZE));
        OpportunityList view = new OpportunityList(text, wanted, STATUSES, matching.size(), number, pages, rows,
                number > 1 ? url(text, wanted, number - 1) : null, number < pages ? url(text, wanted, number + 1) : null);
        return Pages.render("opportunity/list", p, view);
    }

    @Get("/{id}")
    public ModelAndView<Map<String, Object>> notice(HttpRequest<?> request, UUID id) {
        OpportunityApi.Opportunity o = api.get("/api/opportunities/" + id, OpportunityApi.Opportunity.class);
        List<OpportunityApi.Question> questions = api.list("/api/opportunities/" + id + "/questions", OpportunityApi.Question.class);
        List<OpportunityApi.Document> documents = api.list("/api/opportunities/" + id + "/documents", OpportunityApi.Document.class);
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
                // the browser downloads from the API through the gateway: same origin, served as an attachment
                documents.stream().map(d -> new Notice.File(d.fileName(), "/api/opportunities/" + id + "/documents/" + d.id(), d.version(),
                        d.current(), d.sizeBytes() < 1024 * 1024 ? p.t("documents.sizeKb", Math.max(1, d.sizeBytes() / 1024))
                                : p.t("documents.sizeMb", String.format(l.locale(), "%.1f", d.sizeBytes() / (1024.0 * 1024.0))))).toList());
        return Pages.render("opportunity/notice", Pages.titled(request, title), notice);
    }

    /** Both languages' titles and descriptions and the buyer's name, folded, so a search in either language finds it. */
    private String searchable(OpportunityApi.Opportunity o) {
        return fold(String.join(" ", String.valueOf(o.titleFr()), String.valueOf(o.titleEn()), String.valueOf(o.descriptionFr()),
                String.valueOf(o.descriptionEn()), buyer(o)));
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

    /** Lower case without accents, so that "securite" finds "Sécurité". */
    static String fold(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static int parse(String page) {
        try {
            return page == null ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String url(String q, String status, int page) {
        StringBuilder b = new StringBuilder("/opportunities?page=").append(page);
        if (!q.isEmpty()) {
            b.append("&q=").append(Page.encode(q));
        }
        if (!status.isEmpty()) {
            b.append("&status=").append(status);
        }
        return b.toString();
    }
}
