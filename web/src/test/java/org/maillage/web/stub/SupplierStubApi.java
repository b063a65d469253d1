package org.maillage.web.stub;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.maillage.web.stub.StubApi.map;

/**
 * A supplier's side of the stub API: one open opportunity (a literal route, ahead of StubApi's template), its
 * enterprise's standing and one sealed response, kept in memory so a test sees what it sent.
 */
@Requires(property = "maillage.test.stub-api", value = "true")
@Controller("/api")
public class SupplierStubApi {

    public static final String OPEN = "88888888-8888-4888-8888-888888888888";
    public static final String RESPONSE = "99999999-9999-4999-8999-999999999999";
    public static final List<Map<String, Object>> SENT = new CopyOnWriteArrayList<>();
    public static final AtomicReference<Map<String, Object>> MINE = new AtomicReference<>();
    public static final String JOINT = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
    /** When set, the deadline has passed for the platform: every change answers 409. */
    public static volatile boolean closed;
    /** Whether this enterprise confirmed its part of the other enterprise's joint response. */
    public static volatile boolean partnerConfirmed;

    /** The end of the person's previous visit to its matches, as the platform would answer it; null: its first visit. */
    public static volatile String previousVisit;
    /** Whether the person opened the open opportunity itself. */
    public static volatile boolean openedByMe;

    public static void reset() {
        previousVisit = null;
        openedByMe = false;
        SENT.clear();
        MINE.set(null);
        closed = false;
        partnerConfirmed = false;
    }

    @Get("/opportunities/responses/partnerships")
    Map<String, Object> openPartnerships() {
        return StubListing.of(List.of(map("opportunityId", OPEN, "responseId", JOINT, "leadEnterpriseId", Samples.ENTERPRISE, "confirmed", partnerConfirmed)));
    }

    @Get("/opportunities/" + OPEN + "/responses/partnerships")
    Map<String, Object> partnerships() {
        return StubListing.of(List.of(map("responseId", JOINT, "leadEnterpriseId", Samples.ENTERPRISE, "confirmed", partnerConfirmed)));
    }

    @Post("/opportunities/" + OPEN + "/responses/" + JOINT + "/partnership")
    Map<String, Object> confirm() {
        partnerConfirmed = true;
        return map("responseId", JOINT, "leadEnterpriseId", Samples.ENTERPRISE, "confirmed", partnerConfirmed);
    }

    @Get("/opportunities/" + OPEN)
    Map<String, Object> open() {
        return map("id", OPEN, "buyerId", Samples.INSTITUTION, "buyerKind", "INSTITUTION", "titleFr", "Repas des assemblées",
                "titleEn", "Meals for public meetings", "categories", List.of("90100000"), "regions", List.of("06"), "method", "INVITATION",
                "valueWithheld", true, "deadline", deadline(), "status", "PUBLISHED", "documents", List.of(),
                "amendments", List.of(map("amendedAt", "2026-03-01T14:30:00Z", "summary", "Menu végétarien ajouté",
                        "previousDeadline", deadline(), "newDeadline", deadline())),
                "publishedAt", "2026-02-02T00:00:00Z");
    }

    @Get("/opportunities/" + OPEN + "/questions")
    Map<String, Object> questions() {
        return StubListing.of(List.of());
    }

    @Get("/opportunities/matched")
    Map<String, Object> matched() {
        return StubListing.of(List.of(open()));
    }

    @Post("/opportunities/matched/visits")
    Map<String, Object> visit() {
        List<String> opened = openedByMe ? List.of(OPEN) : List.of();
        return previousVisit == null ? map("opened", opened) : map("previousVisitAt", previousVisit, "opened", opened);
    }

    @Get("/opportunities/interest/mine")
    Map<String, Object> standings() {
        return StubListing.of(List.of(map("opportunityId", OPEN, "notifiedAt", "2026-02-02T00:00:00Z")));
    }

    @Get("/opportunities/responses/mine")
    Map<String, Object> responses() {
        Map<String, Object> r = MINE.get();
        return StubListing.of(r == null ? List.of() : List.of(r));
    }

    @Get("/opportunities/" + OPEN + "/responses/mine")
    HttpResponse<?> mine() {
        Map<String, Object> r = MINE.get();
        return r == null ? HttpResponse.notFound(problem(404, "no response")) : HttpResponse.ok(r);
    }

    @Put("/opportunities/" + OPEN + "/responses/mine")
    HttpResponse<?> submit(@Body Map<String, Object> body) {
        if (closed) {
            return HttpResponse.status(io.micronaut.http.HttpStatus.CONFLICT).body(problem(409, "the deadline has passed"));
        }
        SENT.add(body);
        Map<String, Object> previous = MINE.get();
        String at = Instant.parse("2026-11-20T15:04:05.123456Z").plusSeconds(SENT.size()).toString();
        MINE.set(map("id", RESPONSE, "opportunityId", OPEN, "enterpriseId", Samples.ENTERPRISE, "priceCad", body.get("priceCad"),
                "proposal", body.get("proposal"), "documents", body.get("documents"), "partners", body.get("partners"),
                "confirmedPartners", List.of(), "status", "SUBMITTED",
                "submittedAt", previous == null ? at : previous.get("submittedAt"), "updatedAt", at));
        return HttpResponse.ok(MINE.get());
    }

    @Delete("/opportunities/" + OPEN + "/responses/mine")
    HttpResponse<?> withdraw() {
        Map<String, Object> r = MINE.get();
        if (r == null) {
            return HttpResponse.notFound(problem(404, "no response"));
        }
        r.put("status", "WITHDRAWN");
        return HttpResponse.noContent();
    }

    @Post("/opportunities/" + OPEN + "/interest")
    HttpResponse<?> interest(@Body Map<String, Object> body) {
        SENT.add(body);
        return closed ? HttpResponse.status(io.micronaut.http.HttpStatus.CONFLICT).body(problem(409, "closed")) : HttpResponse.noContent();
    }

    @Post("/opportunities/" + OPEN + "/questions")
    HttpResponse<?> ask(@Body Map<String, Object> body) {
        SENT.add(body);
        return HttpResponse.created(map("id", "5f0e1d2c-0000-4000-8000-000000000009", "question", body.get("question"),
                "askedAt", "2026-11-20T15:00:00Z"));
    }

    /** Always ten days ahead, so the opportunity stays open whenever the test runs. */
    private static String deadline() {
        return Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).toString();
    }

    private static Map<String, Object> problem(int status, String detail) {
        return map("type", "about:blank", "title", "error", "status", status, "detail", detail);
    }
}
