package org.maillage.web.supplier;

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
import org.maillage.web.api.Api;
import org.maillage.web.api.ApiException;
import org.maillage.web.documents.DocumentsApi;
import org.maillage.web.opportunity.Notice;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An opportunity for a signed-in supplier: read it (which tells the buyer's funnel it was seen), say interested or
 * not and why, ask a question (the API never shows who asked). Plain forms, POST then redirect.
 */
@Controller("/supplier/opportunities/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SupplierOpportunityController {

    /** The API's reasons, in the order the form lists them. */
    static final List<String> REASONS = List.of("NOT_OUR_FIELD", "TOO_LARGE", "CAPACITY", "TIMING", "OTHER");
    private static final Set<String> DONE = Set.of("interested", "notInterested", "asked", "confirmed");
    private static final int NOTE_MAX = 1000;
    private static final int QUESTION_MAX = 4000;

    private final SupplierReads reads;
    private final Api api;
    private final DocumentsApi documents;

    public SupplierOpportunityController(SupplierReads reads, Api api, DocumentsApi documents) {
        this.reads = reads;
        this.api = api;
        this.documents = documents;
    }

    @Get("{?done}")
    public HttpResponse<?> show(HttpRequest<?> request, UUID id, @Nullable @QueryValue String done) {
        String token = reads.token(request);
        return render(request, id, token, OpportunityPage.Input.empty(), FormErrors.none("reason"),
                done != null && DONE.contains(done) ? done : null, HttpStatus.OK);
    }

    @Post(value = "/interest", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> interest(HttpRequest<?> request, UUID id, @Body Map<String, String> fields) {
        String token = reads.token(request);
        Page p = Pages.page(request, "site.name");
        boolean interested = "yes".equals(fields.get("answer"));
        String reason = fields.getOrDefault("reason", "").strip();
        String note = fields.getOrDefault("note", "").strip();
        OpportunityPage.Input input = new OpportunityPage.Input(reason, note, "");
        FormErrors errors = FormErrors.none("reason");
        if (!interested && !REASONS.contains(reason)) {
            errors = errors.with("reason", p.t("supplier.interest.reasonMissing"));
        }
        if (!interested && note.length() > NOTE_MAX) {
            errors = errors.with("note", p.t("supplier.form.tooLong", NOTE_MAX));
        }
        if (!errors.isEmpty()) {
            return render(request, id, token, input, errors, null, HttpStatus.BAD_REQUEST);
        }
        try {
            api.send(HttpRequest.POST("/api/opportunities/" + id + "/interest", interested
                    ? new SupplierApi.Interest(true, null, null)
                    : new SupplierApi.Interest(false, reason, note.isEmpty() ? null : note)), null, token);
        } catch (ApiException e) {
            return refused(request, id, token, input, errors, e, Map.of("reason", "reason", "reasonText", "note"), p);
        }
        return HttpResponse.seeOther(URI.create("/supplier/opportunities/" + id + "?done=" + (interested ? "interested" : "notInterested") + "#interest"));
    }

    @Post(value = "/questions", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> ask(HttpRequest<?> request, UUID id, @Body Map<String, String> fields) {
        String token = reads.token(request);
        Page p = Pages.page(request, "site.name");
        String question = fields.getOrDefault("question", "").strip();
        OpportunityPage.Input input = new OpportunityPage.Input("", "", question);
        FormErrors errors = FormErrors.none("question");
        if (question.isEmpty()) {
            errors = errors.with("question", p.t("supplier.question.missing"));
        } else if (question.length() > QUESTION_MAX) {
            errors = errors.with("question", p.t("supplier.form.tooLong", QUESTION_MAX));
        }
        if (!errors.isEmpty()) {
            return render(request, id, token, input, errors, null, HttpStatus.BAD_REQUEST);
        }
        try {
            api.send(HttpRequest.POST("/api/opportunities/" + id + "/questions", new SupplierApi.Ask(question)), null, token);
        } catch (ApiException e) {
            if (e.status() == 409 && e.fieldErrors().stream().anyMatch(x -> "questionDeadline".equals(x.field()))) {
                return render(request, id, token, input, errors.with("question", p.t("buyer.questions.closed")), null, HttpStatus.CONFLICT);
            }
            return refused(request, id, token, input, errors, e, Map.of("question", "question"), p);
        }
        return HttpResponse.seeOther(URI.create("/supplier/opportunities/" + id + "?done=asked#questions"));
    }

    /** A partner named in another enterprise's joint response confirms its part. */
    @Post(value = "/partnerships/{responseId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> confirm(HttpRequest<?> request, UUID id, UUID responseId, @Body Map<String, String> fields) {
        String token = reads.token(request);
        Page p = Pages.page(request, "site.name");
        FormErrors errors = FormErrors.none("partnerships");
        try {
            api.send(HttpRequest.POST("/api/opportunities/" + id + "/responses/" + responseId + "/partnership", ""), null, token);
        } catch (ApiException e) {
            return refused(request, id, token, OpportunityPage.Input.empty(), errors, e, Map.of(), p);
        }
        return HttpResponse.seeOther(URI.create("/supplier/opportunities/" + id + "?done=confirmed#partnerships"));
    }

    /** A refusal the person can act on (bad field, deadline passed) shows on the page with what was typed; any other goes to the error pages. */
    private HttpResponse<?> refused(HttpRequest<?> request, UUID id, String token, OpportunityPage.Input input, FormErrors errors,
                                    ApiException e, Map<String, String> inputs, Page p) {
        if (e.status() == 409) {
            return render(request, id, token, input, errors.with(null, p.t("supplier.closed")), null, HttpStatus.CONFLICT);
        }
        if (e.status() == 400) {
            return render(request, id, token, input, errors.withApi(e, inputs, p.t("supplier.form.refused")), null, HttpStatus.BAD_REQUEST);
        }
        throw e;
    }

    private HttpResponse<?> render(HttpRequest<?> request, UUID id, String token, OpportunityPage.Input input, FormErrors errors,
                                   @Nullable String done, HttpStatus status) {
        SupplierApi.Opportunity o = reads.opportunity(id, token);
        Page base = Pages.page(request, "site.name");
        Instant now = Instant.now();
        Heading h = reads.heading(o, base, now);
        Page p = Pages.titled(request, errors.isEmpty() ? h.title() : base.t("supplier.form.errorTitle") + " – " + h.title());
        Optional<SupplierApi.Standing> standing = h.open() ? reads.standing(id, token) : Optional.empty();
        Optional<SupplierApi.Response> mine = reads.myResponse(id, token);
        OpportunityPage view = new OpportunityPage(h, blankToNull(p.pick(o.descriptionFr(), o.descriptionEn())),
                o.categories().stream().map(c -> reads.category(c, p)).toList(), o.regions().stream().map(r -> reads.region(r, p)).toList(),
                p.label("method.", o.method()), o.estimatedValue(), o.valueWithheld(), o.documents() == null ? List.of() : o.documents(),
                Notice.File.of(id, documents.list(id, token), p),
                o.noticeUrl(), o.contactName() == null ? null : o.contactName() + (o.contactEmail() == null ? "" : ", " + o.contactEmail()),
                o.cancelReason(),
                o.amendments() == null ? List.of() : o.amendments().stream()
                        .map(a -> new Notice.Amendment(a.amendedAt(), a.summary(), a.previousDeadline(), a.newDeadline())).toList(),
                reads.questions(id).stream().map(q -> new Notice.Question(q.question(), q.askedAt(), q.answer(), q.answeredAt())).toList(),
                standing.map(SupplierApi.Standing::interested).orElse(null),
                standing.map(s -> s.reason() == null ? null : p.label("supplier.reason.", s.reason())).orElse(null),
                standing.map(SupplierApi.Standing::reasonText).orElse(null),
                mine.map(r -> Outcome.status(o, r, p)).orElse(null), mine.map(SupplierApi.Response::updatedAt).orElse(null),
                h.open() ? reads.partnerships(id, token).stream()
                        .map(j -> new OpportunityPage.Joint(j.responseId(), reads.enterpriseName(j.leadEnterpriseId()), j.confirmed())).toList()
                        : List.of(),
                REASONS, input, errors, done, o.questionDeadline(),
                h.open() && (o.questionDeadline() == null || now.isBefore(o.questionDeadline())));
        return HttpResponse.status(status).body(Pages.render("supplier/opportunity", p, view));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
