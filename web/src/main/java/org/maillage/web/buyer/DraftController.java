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
import org.maillage.web.site.Formats;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Drafting an opportunity one step at a time, each step a plain form saved to the draft (PUT /api/opportunities/{id}),
 * so the buyer can leave and come back. The first save needs what the API requires of any draft: the steps not yet
 * seen start from the institution's regions, a public call and a deadline a month away, shown to be checked.
 */
@Controller("/buyer/opportunities")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DraftController {

    static final List<String> STEPS = List.of("what", "where", "how", "when", "who");
    static final List<String> METHODS = List.of("PUBLIC_CALL", "INVITATION", "DIRECT_AWARD");
    static final List<String> CLAUSES = List.of("social.smeInclusion", "economic.localEconomyPromotion", "economic.formalEmploymentPromotion",
            "social.laborRightsPromotion", "social.womenInclusion", "environmental.wasteReduction", "environmental.recycling",
            "environmental.resourceReuse", "environmental.carbonEmissionsReduction", "environmental.energyEfficiency", "innovation");
    /** The API's field names, as each step's inputs are named. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("titleFr", "titleFr"), Map.entry("titleEn", "titleEn"),
            Map.entry("descriptionFr", "descriptionFr"), Map.entry("descriptionEn", "descriptionEn"), Map.entry("categories", "categories"),
            Map.entry("regions", "regions"), Map.entry("method", "method"), Map.entry("estimatedValue", "estimatedValue"),
            Map.entry("socialClauses", "socialClauses"), Map.entry("noticeUrl", "noticeUrl"), Map.entry("deadline", "deadlineDate"),
            Map.entry("contractStarts", "contractStarts"), Map.entry("contractEnds", "contractEnds"),
            Map.entry("decisionUnitId", "decisionUnitId"), Map.entry("contactName", "contactName"), Map.entry("contactEmail", "contactEmail"),
            Map.entry("questionDeadline", "questionDeadlineDate"));

    private final Buyers buyers;
    private final BuyerApi api;
    private final Reference reference;
    private final Clock clock;

    public DraftController(Buyers buyers, BuyerApi api, Reference reference, Clock clock) {
        this.buyers = buyers;
        this.api = api;
        this.reference = reference;
        this.clock = clock;
    }

    @Get("/new")
    public HttpResponse<?> start(HttpRequest<?> request) {
        Buyer me = buyers.require(request);
        return render(request, me, "what", null, Form.empty(), "", HttpStatus.OK);
    }

    @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(HttpRequest<?> request, @Body @Nullable String body) {
        Buyer me = buyers.require(request);
        Form f = Form.parse(body);
        Page p = Pages.page(request, "buyer.draft.pageTitle");
        if ("search".equals(f.value("action"))) {
            return render(request, me, "what", null, f, f.value("q"), HttpStatus.OK);
        }
        checkStep("what", f, p);
        if (!f.ok()) {
            return render(request, me, "what", null, f, f.value("q"), HttpStatus.BAD_REQUEST);
        }
        Map<String, Object> body0 = defaults(me);
        apply("what", f, body0, p);
        Optional<BuyerApi.Opportunity> drafted = Inputs.answered(f, FIELDS, () -> api.draft(body0, me.token()));
        if (drafted.isPresent()) {
            return HttpResponse.seeOther(URI.create("/buyer/opportunities/" + drafted.get().id() + "/edit/where"));
        }
        return render(request, me, "what", null, f, f.value("q"), HttpStatus.BAD_REQUEST);
    }

    @Get("/{id}/edit/{step}")
    public HttpResponse<?> edit(HttpRequest<?> request, UUID id, String step) {
        Buyer me = buyers.require(request);
        if (!STEPS.contains(step)) {
            return HttpResponse.notFound();
        }
        BuyerApi.Opportunity o = api.opportunity(id, me.token());
        if (!"DRAFT".equals(o.status())) {
            return HttpResponse.seeOther(URI.create("/buyer/opportunities/" + id));
        }
        return render(request, me, step, id, formOf(o), "", HttpStatus.OK);
    }

    @Post(value = "/{id}/edit/{step}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> save(HttpRequest<?> request, UUID id, String step, @Body @Nullable String body) {
        Buyer me = buyers.require(request);
        if (!STEPS.contains(step)) {
            return HttpResponse.notFound();
        }
        Form f = Form.parse(body);
        Page p = Pages.page(request, "buyer.draft.pageTitle");
        if ("search".equals(f.value("action"))) {
            return render(request, me, step, id, f, f.value("q"), HttpStatus.OK);
        }
        BuyerApi.Opportunity o = api.opportunity(id, me.token());
        if (!"DRAFT".equals(o.status())) {
            return HttpResponse.seeOther(URI.create("/buyer/opportunities/" + id));
        }
        checkStep(step, f, p);
        Map<String, Object> all = bodyOf(o);
        apply(step, f, all, p);
        if ("when".equals(step)) {
            checkTimes(f, all, p, clock.instant());
        }
        if (!Inputs.accepted(f, FIELDS, () -> api.revise(id, all, me.token()))) {
            return render(request, me, step, id, f, f.value("q"), HttpStatus.BAD_REQUEST);
        }
        int at = STEPS.indexOf(step);
        String next = "later".equals(f.value("action")) ? "/buyer"
                : at + 1 < STEPS.size() ? "/buyer/opportunities/" + id + "/edit/" + STEPS.get(at + 1) : "/buyer/opportunities/" + id + "/review";
        return HttpResponse.seeOther(URI.create(next));
    }

    /** What the form of each step needs before anything is sent. */
    private static void checkStep(String step, Form f, Page p) {
        switch (step) {
            case "what" -> {
                if (f.value("titleFr").isEmpty() && f.value("titleEn").isEmpty()) {
                    f.error("titleFr", p.t("buyer.error.title"));
                }
                if (f.all("categories").isEmpty()) {
                    f.error("categories", p.t("buyer.error.categories"));
                }
            }
            case "where" -> {
                if (f.all("regions").isEmpty()) {
                    f.error("regions", p.t("buyer.error.regions"));
                }
            }
            case "how" -> {
                if (!METHODS.contains(f.value("method"))) {
                    f.error("method", p.t("buyer.error.method"));
                }
            }
            default -> {
            }
        }
    }

    /**
     * The times of the "when" step against each other and against the moment of the request, so that the buyer learns
     * here, next to the field and in their language, what would stop the call at publishing (or the API refuse).
     */
    private static void checkTimes(Form f, Map<String, Object> b, Page p, Instant now) {
        Instant deadline = b.get("deadline") == null ? null : montrealInstant(b.get("deadline"));
        if (deadline != null && !deadline.isAfter(now)) {
            f.error("deadlineDate", p.t("buyer.error.deadlinePast"));
        }
        Instant questions = b.get("questionDeadline") == null ? null : montrealInstant(b.get("questionDeadline"));
        if (questions != null && deadline != null && questions.isAfter(deadline)) {
            f.error("questionDeadlineDate", p.t("buyer.error.questionsAfterDeadline"));
        }
        if (b.get("contractStarts") instanceof LocalDate starts && b.get("contractEnds") instanceof LocalDate ends && ends.isBefore(starts)) {
            f.error("contractEnds", p.t("buyer.error.contractEnds"));
        }
    }

    private static Instant montrealInstant(Object localDateTime) {
        return LocalDateTime.parse(localDateTime.toString()).atZone(Formats.MONTREAL).toInstant();
    }

    /** Puts the step's fields into the draft's whole content (the API replaces it all). */
    private static void apply(String step, Form f, Map<String, Object> b, Page p) {
        switch (step) {
            case "what" -> {
                b.put("titleFr", f.optional("titleFr"));
                b.put("titleEn", f.optional("titleEn"));
                b.put("descriptionFr", f.optional("descriptionFr"));
                b.put("descriptionEn", f.optional("descriptionEn"));
                b.put("categories", f.all("categories"));
            }
            case "where" -> b.put("regions", f.all("regions"));
            case "how" -> {
                b.put("method", f.value("method"));
                b.put("estimatedValue", Inputs.money(f, "estimatedValue", p));
                b.put("valueWithheld", f.checked("valueWithheld"));
                b.put("socialClauses", f.all("socialClauses"));
                b.put("noticeUrl", f.optional("noticeUrl"));
            }
            case "when" -> {
                b.put("deadline", Inputs.montreal(f, "deadlineDate", "deadlineTime", p, true));
                b.put("questionDeadline", Inputs.montreal(f, "questionDeadlineDate", "questionDeadlineTime", p, false));
                b.put("contractStarts", Inputs.date(f, "contractStarts", p));
                b.put("contractEnds", Inputs.date(f, "contractEnds", p));
            }
            case "who" -> {
                b.put("decisionUnitId", f.optional("decisionUnitId"));
                b.put("contactName", f.optional("contactName"));
                b.put("contactEmail", f.optional("contactEmail"));
            }
            default -> throw new IllegalArgumentException(step);
        }
    }

    private Map<String, Object> defaults(Buyer me) {
        Map<String, Object> b = new HashMap<>();
        List<String> regions = api.institution(me.organization()).regions();
        b.put("regions", regions.isEmpty() ? List.of("06") : regions);
        b.put("method", "PUBLIC_CALL");
        b.put("deadline", LocalDate.now(clock.withZone(Formats.MONTREAL)).plusDays(30).atTime(LocalTime.NOON).toString());
        b.put("decisionUnitId", me.decisionUnit());
        return b;
    }

    /** Lower case without accents, so that "securite" finds "Sécurité". */
    private static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** The draft's whole content as the API takes it back. */
    static Map<String, Object> bodyOf(BuyerApi.Opportunity o) {
        Map<String, Object> b = new HashMap<>();
        b.put("titleFr", o.titleFr());
        b.put("titleEn", o.titleEn());
        b.put("descriptionFr", o.descriptionFr());
        b.put("descriptionEn", o.descriptionEn());
        b.put("categories", o.categories());
        b.put("regions", o.regions());
        b.put("method", o.method());
        b.put("noticeUrl", o.noticeUrl());
        b.put("estimatedValue", o.estimatedValue());
        b.put("valueWithheld", o.valueWithheld());
        b.put("deadline", o.deadline().toString());
        b.put("contractStarts", o.contractStarts());
        b.put("contractEnds", o.contractEnds());
        b.put("socialClauses", o.socialClauses());
        b.put("documents", o.documents());
        b.put("decisionUnitId", o.decisionUnitId());
        b.put("contactName", o.contactName());
        b.put("contactEmail", o.contactEmail());
        b.put("questionDeadline", o.questionDeadline() == null ? null : o.questionDeadline().toString());
        return b;
    }

    private static Form formOf(BuyerApi.Opportunity o) {
        ZonedDateTime deadline = o.deadline().atZone(Formats.MONTREAL);
        Form f = Form.empty();
        if (o.questionDeadline() != null) {
            ZonedDateTime questions = o.questionDeadline().atZone(Formats.MONTREAL);
            f.set("questionDeadlineDate", questions.toLocalDate()).set("questionDeadlineTime", questions.toLocalTime().withSecond(0).withNano(0));
        }
        return f.set("titleFr", o.titleFr()).set("titleEn", o.titleEn()).set("descriptionFr", o.descriptionFr())
                .set("descriptionEn", o.descriptionEn()).setAll("categories", o.categories()).setAll("regions", o.regions())
                .set("method", o.method()).set("estimatedValue", o.estimatedValue() == null ? null : o.estimatedValue().toPlainString())
                .set("valueWithheld", o.valueWithheld()).setAll("socialClauses", o.socialClauses()).set("noticeUrl", o.noticeUrl())
                .set("deadlineDate", deadline.toLocalDate()).set("deadlineTime", deadline.toLocalTime().withSecond(0).withNano(0))
                .set("contractStarts", o.contractStarts()).set("contractEnds", o.contractEnds())
                .set("decisionUnitId", o.decisionUnitId()).set("contactName", o.contactName()).set("contactEmail", o.contactEmail());
    }

    private HttpResponse<?> render(HttpRequest<?> request, Buyer me, String step, @Nullable UUID id, Form f, String q, HttpStatus status) {
        Page plain = Pages.page(request, "buyer.draft.step." + step);
        Page p = f.ok() ? plain : Pages.titled(request, plain.t("buyer.errorTitle") + " – " + plain.title());
        List<DraftView.Option> options = new ArrayList<>();
        List<DraftView.Option> extra = new ArrayList<>();
        switch (step) {
            case "what" -> {
                String folded = fold(q.strip());
                reference.categories().forEach((code, label) -> {
                    boolean chosen = f.has("categories", code);
                    String text = label.in(p.language());
                    if (chosen || folded.isEmpty() || fold(text + " " + code).contains(folded)) {
                        options.add(new DraftView.Option(code, text, chosen));
                    }
                });
                options.sort((a, b) -> Boolean.compare(b.checked(), a.checked()));
            }
            case "where" -> reference.regions().forEach((code, label) ->
                    options.add(new DraftView.Option(code, label.in(p.language()), f.has("regions", code))));
            case "how" -> {
                for (String m : METHODS) {
                    options.add(new DraftView.Option(m, p.label("method.", m), m.equals(f.value("method"))));
                }
                for (String c : CLAUSES) {
                    extra.add(new DraftView.Option(c, p.t("clause." + c), f.has("socialClauses", c)));
                }
            }
            case "who" -> {
                for (BuyerApi.Unit u : api.institution(me.organization()).decisionUnits()) {
                    options.add(new DraftView.Option(u.id().toString(), u.name(), u.id().toString().equals(f.value("decisionUnitId"))));
                }
            }
            default -> {
            }
        }
        DraftView view = new DraftView(step, STEPS.indexOf(step) + 1, STEPS.size(), id, plain.title(), f, q, options, extra);
        return HttpResponse.status(status).body(Pages.render("buyer/step", p, view));
    }
}
