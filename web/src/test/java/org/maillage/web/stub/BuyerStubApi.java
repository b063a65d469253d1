package org.maillage.web.stub;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;

import java.util.List;
import java.util.Map;

import static org.maillage.web.stub.StubApi.map;

/** The parts of the API only a buyer's pages read, with sample data (see StubApi for the public parts). */
@Requires(property = "maillage.test.stub-api", value = "true")
// the buyer's own stand-ins for routes other stubs also answer (with data their tests expect): only where a test asks for it
@Requires(property = "maillage.test.stub-buyer", value = "true")
@Controller("/api")
public class BuyerStubApi {

    public static final String DRAFT = "d0000000-0000-4000-8000-000000000001";
    public static final String OPEN = "d0000000-0000-4000-8000-000000000002";
    public static final String CONTRACT = "c0000000-0000-4000-8000-000000000001";
    public static final String DECLARED = "c0000000-0000-4000-8000-000000000002";
    public static final String JOINT_LEAD = "88888888-8888-4888-8888-888888888888";
    public static final String JOINT_SILENT = "99999999-9999-4999-8999-999999999990";

    @Get("/opportunities/mine")
    Map<String, Object> mine() {
        return StubListing.of(List.of(opportunity(DRAFT, "DRAFT", "Brouillon de déneigement", "2099-03-10T17:00:00Z"),
                opportunity(OPEN, "PUBLISHED", "Entretien des parcs", "2099-04-10T16:00:00Z"),
                opportunity(Samples.OPPORTUNITY, "PUBLISHED", "Traiteur pour la sécurité civile", "2026-03-10T16:00:00Z")));
    }

    @Get("/opportunities/{id}/matches")
    Map<String, Object> matches(String id) {
        return map("fittingNow", 7, "enterprises", List.of(map("enterpriseId", Samples.ENTERPRISE, "notifiedAt", "2026-03-01T14:00:00Z",
                "viewedAt", "2026-03-02T14:00:00Z", "interested", false, "reason", "CAPACITY", "reasonText", "=Pas d'équipe libre",
                "answeredAt", "2026-03-02T15:00:00Z")));
    }

    /** Whether notification-service knows the sample opportunity yet (it reads the publication a moment after it). */
    public static volatile boolean reachKnown = true;

    /** notification-service's count of the sample opportunity's alerts; of any other, or before it knows, nothing (404). */
    @Get("/notifications/opportunities/{id}/alerts")
    HttpResponse<?> alertReach(String id) {
        if (!id.equals(Samples.OPPORTUNITY) || !reachKnown) {
            return HttpResponse.notFound(map("type", "about:blank", "title", "Not Found", "status", 404, "detail", "no opportunity " + id));
        }
        return HttpResponse.ok(map("matched", 1, "emailed", 0, "waitingForDigest", 1));
    }

    @Get("/opportunities/{id}/responses")
    Map<String, Object> responses(String id) {
        if (id.equals(OPEN)) {
            return map("count", 2, "sealed", true, "responses", List.of());
        }
        return map("count", 1, "sealed", false, "responses", List.of(map("id", "e0000000-0000-4000-8000-000000000001",
                "opportunityId", id, "enterpriseId", Samples.ENTERPRISE, "priceCad", 24000, "proposal", "Menu local et de saison.",
                "documents", List.of(), "partners", List.of(), "confirmedPartners", List.of(), "status", "SUBMITTED",
                "submittedAt", "2026-03-05T14:00:00Z", "updatedAt", "2026-03-05T14:00:00Z"),
                // a joint response led by an enterprise the stub does not name, with one partner that confirmed and one that did not
                map("id", "e0000000-0000-4000-8000-000000000002", "opportunityId", id, "enterpriseId", JOINT_LEAD, "priceCad", 26000,
                        "proposal", "Repas en groupement.", "documents", List.of(), "partners", List.of(Samples.ENTERPRISE, JOINT_SILENT),
                        "confirmedPartners", List.of(Samples.ENTERPRISE), "status", "AWARDED", "submittedAt", "2026-03-05T15:00:00Z",
                        "updatedAt", "2026-03-05T15:00:00Z")));
    }

    /** After the deadline, the files of the stub's responses: a quote of the first enterprise, in its second version. */
    @Get("/opportunities/{id}/responses/documents")
    Map<String, Object> responseFiles(String id) {
        return StubListing.of(List.of(map("id", "9b000000-0000-4000-8000-000000000001", "seriesId", "9b000000-0000-4000-8000-000000000001", "version", 1,
                        "current", false, "opportunityId", id, "enterpriseId", Samples.ENTERPRISE, "fileName", "Soumission v1.pdf",
                        "contentType", "application/pdf", "sizeBytes", 2048, "uploadedAt", "2026-03-04T14:00:00Z"),
                map("id", "9b000000-0000-4000-8000-000000000002", "seriesId", "9b000000-0000-4000-8000-000000000001", "version", 2,
                        "current", true, "opportunityId", id, "enterpriseId", Samples.ENTERPRISE, "fileName", "Soumission finale.pdf",
                        "contentType", "application/pdf", "sizeBytes", 4096, "uploadedAt", "2026-03-05T14:00:00Z")));
    }

    @Get("/contracts/mine")
    Map<String, Object> contracts() {
        return StubListing.of(List.of(contract(CONTRACT, "ACTIVE", true), contract(DECLARED, "PENDING", false)));
    }

    @Get("/contracts/declared")
    Map<String, Object> declared() {
        return StubListing.of(List.of(contract(DECLARED, "PENDING", false)));
    }

    @Get("/contracts/{id}")
    HttpResponse<?> contract(String id) {
        if (id.equals(CONTRACT) || id.equals(DECLARED)) {
            return HttpResponse.ok(contract(id, id.equals(CONTRACT) ? "ACTIVE" : "PENDING", id.equals(CONTRACT)));
        }
        return HttpResponse.notFound(map("type", "about:blank", "title", "error", "status", 404, "detail", "no such contract"));
    }

    /** Refuses as the API does when a supplier is not an enterprise, naming the field. */
    @Post("/contracts")
    HttpResponse<?> record(@Body Map<String, Object> body) {
        return HttpResponse.badRequest(map("type", "about:blank", "title", "Bad Request", "status", 400,
                "detail", "supplierIds[0]: a supplier is an enterprise",
                "errors", List.of(map("field", "supplierIds[0]", "message", "a supplier is an enterprise"))));
    }

    @Get("/pilots/{id}/members")
    Map<String, Object> members(String id) {
        return map("items", List.of(map("organizationId", Samples.ENTERPRISE, "name", "Traiteur Les Jardins Partagés", "kind", "ENTERPRISE",
                "joinedOn", "2014-03-01"), map("organizationId", Samples.INSTITUTION, "name", "Ville de Montréal", "kind", "INSTITUTION",
                "joinedOn", "2014-03-01")), "next", null);
    }

    private static Map<String, Object> opportunity(String id, String status, String title, String deadline) {
        return map("id", id, "buyerId", Samples.INSTITUTION, "buyerKind", "INSTITUTION", "titleFr", title, "titleEn", null,
                "categories", List.of("90100000"), "regions", List.of("06"), "method", "INVITATION", "valueWithheld", false,
                "deadline", deadline, "deadlineMontreal", deadline, "socialClauses", List.of(), "documents", List.of(), "status", status,
                "amendments", List.of(), "createdAt", "2026-02-01T00:00:00Z", "publishedAt", "DRAFT".equals(status) ? null : "2026-02-02T00:00:00Z",
                "questionDeadline", OPEN.equals(id) ? "2099-04-01T16:00:00Z" : null);
    }

    private static Map<String, Object> contract(String id, String status, boolean confirmed) {
        return map("id", id, "opportunityId", confirmed ? Samples.OPPORTUNITY : null, "buyerId", Samples.INSTITUTION,
                "supplierIds", List.of(Samples.ENTERPRISE), "title", confirmed ? "Traiteur pour la sécurité civile" : "Boîtes à lunch déclarées",
                "valueCad", 24000, "startsOn", "2026-04-01", "endsOn", "2026-12-31", "status", status,
                "origin", confirmed ? "AWARD" : "DIRECT", "confirmed", confirmed, "finalValueCad", null,
                "history", confirmed ? List.of(map("kind", "STATUS", "reason", null, "status", "ACTIVE", "valueCad", null, "endsOn", null,
                        "changedBy", Samples.INSTITUTION, "changedAt", "2026-04-01T13:00:00Z")) : List.of());
    }
}
