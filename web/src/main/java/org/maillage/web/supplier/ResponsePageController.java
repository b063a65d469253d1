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
import org.maillage.contracts.api.ResponseReceived;
import org.maillage.web.api.Api;
import org.maillage.web.documents.DocumentsApi;
import org.maillage.web.documents.Files;
import org.maillage.web.opportunity.Notice;
import org.maillage.web.api.ApiException;
import org.maillage.web.site.Formats;
import org.maillage.web.site.Page;
import org.maillage.web.site.Pages;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The enterprise's sealed response: save, replace or withdraw it until the deadline, get a receipt for it, and
 * afterwards read it with its outcome. The deadline is the API's rule; this page only says it before the API does.
 */
@Controller("/supplier/opportunities/{id}/response")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ResponsePageController {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final int PROPOSAL_MAX = 20_000;
    private static final int LINKS_MAX = 20;
    private static final int PARTNERS_MAX = 10;
    /** Each partner enterprise is a checkbox named partner.<its id>, so the form's fields stay a plain map. */
    private static final String PARTNER = "partner.";
    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final Map<String, String> INPUTS = Map.of("priceCad", "price", "proposal", "proposal", "documents", "links",
            "partners", "partners");

    private final SupplierReads reads;
    private final Api api;
    private final DocumentsApi documents;

    public ResponsePageController(SupplierReads reads, Api api, DocumentsApi documents) {
        this.reads = reads;
        this.api = api;
        this.documents = documents;
    }

    @Get("{?done}")
    public HttpResponse<?> show(HttpRequest<?> request, UUID id, @Nullable @QueryValue String done) {
        String token = reads.token(request);
        return render(request, id, token, null, FormErrors.none("price"), "withdrawn".equals(done) ? done : null, HttpStatus.OK);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> save(HttpRequest<?> request, UUID id, @Body Map<String, String> fields) {
        String token = reads.token(request);
        Page p = Pages.page(request, "site.name");
        ResponsePage.Input input = new ResponsePage.Input(fields.getOrDefault("price", "").strip(), fields.getOrDefault("proposal", "").strip(),
                fields.getOrDefault("links", "").strip(), String.join(",", fields.keySet().stream()
                        .filter(k -> k.startsWith(PARTNER)).map(k -> k.substring(PARTNER.length())).sorted().toList()));
        FormErrors errors = FormErrors.none("price");
        BigDecimal price = input.price().isEmpty() ? null : Prices.parse(input.price(), p.language());
        if (input.price().isEmpty()) {
            errors = errors.with("price", p.t("supplier.response.priceMissing"));
        } else if (price == null || price.scale() > 2 || price.precision() - price.scale() > Prices.MAX_INTEGER_DIGITS) {
            errors = errors.with("price", p.t("supplier.response.priceInvalid"));
        }
        if (input.proposal().isEmpty()) {
            errors = errors.with("proposal", p.t("supplier.response.proposalMissing"));
        } else if (input.proposal().length() > PROPOSAL_MAX) {
            errors = errors.with("proposal", p.t("supplier.form.tooLong", PROPOSAL_MAX));
        }
        List<String> links = lines(input.links());
        if (links.size() > LINKS_MAX) {
            errors = errors.with("links", p.t("supplier.response.tooManyLinks", LINKS_MAX));
        } else if (links.stream().anyMatch(l -> !LINK.matcher(l).matches() || l.length() > 1000)) {
            errors = errors.with("links", p.t("supplier.response.linkInvalid"));
        }
        List<UUID> partners = partners(input.partners());
        if (partners == null) {
            errors = errors.with("partners", p.t("supplier.form.refused"));
        } else if (partners.size() > PARTNERS_MAX) {
            errors = errors.with("partners", p.t("supplier.response.tooManyPartners", PARTNERS_MAX));
        }
        if (!errors.isEmpty()) {
            return render(request, id, token, input, errors, null, HttpStatus.BAD_REQUEST);
        }
        try {
            api.send(HttpRequest.PUT("/api/opportunities/" + id + "/responses/mine",
                    new SupplierApi.Submission(price, input.proposal(), links, partners)), SupplierApi.Response.class, token);
        } catch (ApiException e) {
            if (e.status() == 409) {
                return render(request, id, token, input, errors.with(null, p.t("supplier.closed")), null, HttpStatus.CONFLICT);
            }
            if (e.status() == 400) {
                return render(request, id, token, input, errors.withApi(e, INPUTS, p.t("supplier.form.refused")), null, HttpStatus.BAD_REQUEST);
            }
            throw e;
        }
        // saved first, then to the files page when that is what the person asked for: what they typed is never lost on the way
        return HttpResponse.seeOther(URI.create("/supplier/opportunities/" + id + ("files".equals(fields.get("then"))
                ? "/response/documents" : "/response/receipt")));
    }

    @Post(value = "/withdraw", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> withdraw(HttpRequest<?> request, UUID id, @Body Map<String, String> fields) {
        String token = reads.token(request);
        Page p = Pages.page(request, "site.name");
        try {
            api.send(HttpRequest.DELETE("/api/opportunities/" + id + "/responses/mine"), null, token);
        } catch (ApiException e) {
            if (e.status() == 409) {
                return render(request, id, token, null, FormErrors.none("price").with(null, p.t("supplier.closed")), null, HttpStatus.CONFLICT);
            }
            if (e.status() != 404) {
                throw e;
            }
            // already withdrawn (a second click, another tab): the page below says so
        }
        return HttpResponse.seeOther(URI.create("/supplier/opportunities/" + id + "/response?done=withdrawn"));
    }

    @Get("/receipt")
    public HttpResponse<?> receipt(HttpRequest<?> request, UUID id) {
        String token = reads.token(request);
        Optional<SupplierApi.Response> mine = reads.myResponse(id, token).filter(r -> !"WITHDRAWN".equals(r.status()));
        if (mine.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/supplier/opportunities/" + id + "/response"));
        }
        SupplierApi.Response r = mine.get();
        Page base = Pages.page(request, "site.name");
        Heading h = reads.heading(reads.opportunity(id, token), base, Instant.now());
        Page p = Pages.titled(request, base.t("supplier.receipt.pageTitle", h.title()));
        Receipt view = new Receipt(h, number(r), EXACT.format(r.updatedAt().atZone(Formats.MONTREAL)) + " " + p.t("time.zone"),
                r.updatedAt().toString(), r.priceCad(), r.proposal(), r.documents() == null ? List.of() : r.documents(),
                !r.updatedAt().equals(r.submittedAt()), reads.enterpriseName(r.enterpriseId()),
                r.partners() == null ? List.of() : r.partners().stream().map(x -> new Receipt.Partner(reads.enterpriseName(x),
                        r.confirmedPartners() != null && r.confirmedPartners().contains(x))).toList(),
                documents.responseFiles(id, token).stream().filter(DocumentsApi.Document::current)
                        .map(d -> new Receipt.File(d.fileName(), Files.size(d.sizeBytes(), p), d.sha256(),
                                EXACT.format(d.uploadedAt().atZone(Formats.MONTREAL)) + " " + p.t("time.zone"))).toList());
        return HttpResponse.ok(Pages.render("supplier/receipt", p, view));
    }

    /** The response's id and the time of this version: a new number for each replacement, the same for each reprint. */
    static String number(SupplierApi.Response r) {
        return ResponseReceived.number(r.id(), r.updatedAt());
    }

    private HttpResponse<?> render(HttpRequest<?> request, UUID id, String token, @Nullable ResponsePage.Input typed, FormErrors errors,
                                   @Nullable String done, HttpStatus status) {
        SupplierApi.Opportunity o = reads.opportunity(id, token);
        Page base = Pages.page(request, "site.name");
        Heading h = reads.heading(o, base, Instant.now());
        String title = base.t("supplier.response.pageTitle", h.title());
        Page p = Pages.titled(request, errors.isEmpty() ? title : base.t("supplier.form.errorTitle") + " – " + title);
        Optional<SupplierApi.Response> mine = reads.myResponse(id, token);
        ResponsePage.Sent sent = mine.map(r -> new ResponsePage.Sent(r.status(), Outcome.status(o, r, p), r.priceCad(),
                r.proposal(), r.documents() == null ? List.of() : r.documents(),
                r.partners() == null ? List.of() : r.partners().stream().map(x -> reads.enterpriseName(x)
                        + (r.confirmedPartners() != null && r.confirmedPartners().contains(x) ? " " + p.t("supplier.response.partnerConfirmed")
                        : " " + p.t("supplier.response.partnerWaiting"))).toList(),
                r.submittedAt(), r.updatedAt(), "WITHDRAWN".equals(r.status()))).orElse(null);
        ResponsePage.Input input = typed != null ? typed : mine.map(r -> new ResponsePage.Input(Prices.input(r.priceCad(), p.language()),
                r.proposal(), String.join("\n", r.documents() == null ? List.of() : r.documents()),
                String.join(",", r.partners() == null ? List.of() : r.partners().stream().map(UUID::toString).toList())))
                .orElse(new ResponsePage.Input("", "", "", ""));
        String outcome = h.open() ? null : Outcome.words(o, mine.orElse(null), p);
        List<ResponsePage.File> files = documents.responseFiles(id, token).stream().filter(DocumentsApi.Document::current)
                .map(d -> new ResponsePage.File(d.fileName(), "/supplier/opportunities/" + id + "/response/documents/" + d.id())).toList();
        return HttpResponse.status(status).body(Pages.render("supplier/response", p,
                new ResponsePage(h, sent, outcome, input, h.open() ? partnerChoices(o, token, input.partners()) : List.of(),
                Notice.File.of(id, documents.list(id, token), p), files, errors, done)));
    }

    /** The enterprises of the opportunity's region, the caller's own excepted, those the form names first. */
    private List<ResponsePage.Partner> partnerChoices(SupplierApi.Opportunity o, String token, String chosen) {
        List<String> ids = Arrays.stream(chosen.split(",")).filter(x -> UUID_TEXT.matcher(x).matches()).toList();
        UUID me = SupplierReads.myEnterprise(token);
        List<ResponsePage.Partner> choices = new ArrayList<>(reads.enterprisesIn(o.regions().get(0)).stream()
                .filter(e -> !e.id().equals(me) && !e.id().equals(o.buyerId()))
                .map(e -> new ResponsePage.Partner(e.id().toString(), e.name(), ids.contains(e.id().toString()))).toList());
        // a partner named before, from another region, stays a choice (and chosen)
        ids.stream().filter(id -> choices.stream().noneMatch(c -> c.id().equals(id)))
                .forEach(id -> choices.add(new ResponsePage.Partner(id, reads.enterpriseName(UUID.fromString(id)), true)));
        choices.sort(Comparator.comparing((ResponsePage.Partner x) -> !x.chosen()));
        return choices;
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The partners the form names; null if an id is garbled (a hand-made request). */
    @Nullable
    private static List<UUID> partners(String text) {
        List<UUID> out = new ArrayList<>();
        for (String s : text.split(",")) {
            if (s.isBlank()) {
                continue;
            }
            try {
                out.add(UUID.fromString(s.strip()));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return out;
    }
}
