package org.maillage.web.stub;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.maillage.web.stub.Samples.*;
import static org.maillage.web.stub.StubApi.map;

/**
 * What an enterprise's own pages read and write (contracts, contacts, profile, people, email preferences),
 * with sample data; every body received is kept in {@link #RECEIVED} (path, body) for the tests to read.
 */
@Requires(property = "maillage.test.stub-api", value = "true")
@Requires(property = "maillage.test.stub-buyer", notEquals = "true")
@Controller("/api")
public class StubMemberApi {

    public static final String DECLARED = "c0000000-0000-4000-8000-000000000001";
    public static final String AWARDED = "c0000000-0000-4000-8000-000000000002";
    public static final String MINE_PENDING = "c0000000-0000-4000-8000-000000000003";
    public static final String FIRST_CONTACT = "ca000000-0000-4000-8000-000000000001";
    public static final String INTRODUCED = "ca000000-0000-4000-8000-000000000002";
    public static final String OTHER_ENTERPRISE = "88888888-8888-4888-8888-888888888888";
    public static final List<Map<String, Object>> RECEIVED = new CopyOnWriteArrayList<>();

    @Get("/pilots/{id}/members{?cursor,limit}")
    Map<String, Object> members(String id, @Nullable @QueryValue String cursor, @Nullable @QueryValue Integer limit) {
        return map("items", List.of(
                map("organizationId", INSTITUTION, "name", "Ville de Montréal", "kind", "INSTITUTION", "status", "ACTIVE", "joinedOn", "2014-03-01"),
                map("organizationId", ENTERPRISE, "name", "Traiteur Les Jardins Partagés", "kind", "ENTERPRISE", "status", "ACTIVE", "joinedOn", "2014-03-01"),
                map("organizationId", OTHER_ENTERPRISE, "name", "Resto-insertion Le Tremplin", "kind", "ENTERPRISE", "status", "ACTIVE", "joinedOn", "2014-03-01")),
                "next", null);
    }

    @Get("/contracts/declared")
    Map<String, Object> declared() {
        return StubListing.of(List.of(contract(DECLARED, OTHER_ENTERPRISE, "Boîtes à lunch pour le camp de jour", false, "PENDING", "BETWEEN_ENTERPRISES", List.of())));
    }

    @Get("/contracts/mine{?limit}")
    Map<String, Object> mine(@Nullable @QueryValue Integer limit) {
        return StubListing.of(List.of(contract(DECLARED, OTHER_ENTERPRISE, "Boîtes à lunch pour le camp de jour", false, "PENDING", "BETWEEN_ENTERPRISES", List.of()),
                contract(MINE_PENDING, INSTITUTION, "Repas du conseil municipal", false, "PENDING", "DIRECT", List.of()),
                contract(AWARDED, INSTITUTION, "Traiteur pour la sécurité civile", true, "ACTIVE", "AWARD", List.of()),
                contract("c0000000-0000-4000-8000-000000000004", INSTITUTION, "Colloque annuel", false, "CANCELLED", "DIRECT",
                        List.of(map("kind", "STATUS", "reason", "Jamais commandé", "status", "CANCELLED", "changedBy", INSTITUTION,
                                "changedAt", "2026-02-01T00:00:00Z")))));
    }

    @Post("/contracts")
    HttpResponse<?> declare(@Body Map<String, Object> body) {
        RECEIVED.add(map("path", "/api/contracts", "body", body));
        if (String.valueOf(body.get("title")).contains("refusé")) {
            return HttpResponse.badRequest(map("type", "about:blank", "title", "Bad Request", "status", 400, "detail", "title: too vague",
                    "errors", List.of(map("field", "title", "message", "dites ce qui est livré / say what is delivered"))));
        }
        return HttpResponse.created(contract("c0000000-0000-4000-8000-000000000009", String.valueOf(body.get("buyerId")),
                String.valueOf(body.get("title")), false, "PENDING", "DIRECT", List.of()));
    }

    @Post("/contracts/{id}/confirm")
    Map<String, Object> confirm(String id) {
        RECEIVED.add(map("path", "/api/contracts/" + id + "/confirm", "body", Map.of()));
        return contract(id, OTHER_ENTERPRISE, "Boîtes à lunch pour le camp de jour", true, "PENDING", "BETWEEN_ENTERPRISES", List.of());
    }

    @Post("/contracts/{id}/reject")
    Map<String, Object> reject(String id, @Body Map<String, Object> body) {
        RECEIVED.add(map("path", "/api/contracts/" + id + "/reject", "body", body));
        return contract(id, OTHER_ENTERPRISE, "Boîtes à lunch pour le camp de jour", false, "CANCELLED", "BETWEEN_ENTERPRISES", List.of());
    }

    @Get("/contacts{?limit,with}")
    Map<String, Object> contacts(@Nullable @QueryValue Integer limit, @Nullable @QueryValue String with) {
        return StubListing.of(List.of(contact(INTRODUCED, "2026-02-10", "Rencontre au service alimentaire", FIRST_CONTACT, "2026-01-15"),
                contact(FIRST_CONTACT, "2026-01-20", "Premier contact au déjeuner du pilote", null, null)));
    }

    @Get("/contacts/{id}")
    Map<String, Object> contact(String id) {
        return id.equals(INTRODUCED)
                ? contact(INTRODUCED, "2026-02-10", "Rencontre au service alimentaire", FIRST_CONTACT, "2026-01-15")
                : contact(FIRST_CONTACT, "2026-01-20", "Premier contact au déjeuner du pilote", null, null);
    }

    @Post("/contacts")
    HttpResponse<?> log(@Body Map<String, Object> body) {
        RECEIVED.add(map("path", "/api/contacts", "body", body));
        if (body.get("decisionUnitId") != null && !"7c1e0000-0000-4000-8000-000000000001".equals(body.get("decisionUnitId"))) {
            return HttpResponse.badRequest(map("type", "about:blank", "title", "Bad Request", "status", 400, "detail", "decisionUnitId",
                    "errors", List.of(map("field", "decisionUnitId", "message", "pas une unité de cette institution / not a unit of this institution"))));
        }
        return HttpResponse.created(contact(INTRODUCED));
    }

    @Put("/enterprises/{id}")
    HttpResponse<?> update(String id, @Body Map<String, Object> body) {
        RECEIVED.add(map("path", "/api/enterprises/" + id, "body", body));
        if (String.valueOf(body.get("website")).startsWith("www")) {
            return HttpResponse.badRequest(map("type", "about:blank", "title", "Bad Request", "status", 400, "detail", "website",
                    "errors", List.of(map("field", "website", "message", "must start with http:// or https://"))));
        }
        return HttpResponse.ok(body);
    }

    @Get("/organizations/{id}/people{?limit,cursor}")
    Map<String, Object> people(String id, @Nullable @QueryValue Integer limit, @Nullable @QueryValue String cursor) {
        return map("items", List.of(map("id", JULIE, "organizationId", id, "name", "Julie Gagnon",
                "title", "Directrice générale", "email", "julie@jardins.example", "phone", "514 555-0100", "language", "fr")), "next", null);
    }

    @Post("/organizations/{id}/people")
    HttpResponse<?> addPerson(String id, @Body Map<String, Object> body) {
        RECEIVED.add(map("path", "/api/organizations/" + id + "/people", "body", body));
        return HttpResponse.created(body);
    }

    /** Julie Gagnon's id in {@link #people}. */
    public static final String JULIE = "9e000000-0000-4000-8000-000000000001";

    @Put("/organizations/{id}/people/{personId}")
    HttpResponse<?> changePerson(String id, String personId, @Body Map<String, Object> body) {
        RECEIVED.add(map("path", "/api/organizations/" + id + "/people/" + personId, "body", body));
        if (String.valueOf(body.get("email")).endsWith("@")) {
            return HttpResponse.badRequest(map("type", "about:blank", "title", "Bad Request", "status", 400, "detail", "email",
                    "errors", List.of(map("field", "email", "message", "must be a valid email address / courriel invalide"))));
        }
        return JULIE.equals(personId) ? HttpResponse.ok(body) : HttpResponse.notFound(map("type", "about:blank", "title", "Not Found", "status", 404));
    }

    @Delete("/organizations/{id}/people/{personId}")
    HttpResponse<?> removePerson(String id, String personId) {
        RECEIVED.add(map("path", "DELETE /api/organizations/" + id + "/people/" + personId, "body", map()));
        return HttpResponse.noContent();
    }

    /** As notification-service answers: the kinds of the caller's role (a buyer's token names the city), each on or off. */
    @Get("/notifications/preferences")
    Map<String, Object> preferences(@Nullable @Header("Authorization") String authorization) {
        if (authorization != null && new String(java.util.Base64.getUrlDecoder().decode(authorization.split("\\.")[1])).contains(INSTITUTION)) {
            return map("categories", null, "regions", null, "delivery", "IMMEDIATE", "digestHour", 7, "language", null,
                    "alertsConsent", false, "kinds", map("QUESTION_ASKED", false, "DECLARED", true));
        }
        return map("categories", null, "regions", List.of("06"), "delivery", "IMMEDIATE", "digestHour", 7, "language", null,
                "alertsConsent", false, "kinds", map("MATCHED", true, "AMENDED", true, "CANCELLED", false, "OUTCOME", true,
                        "ANSWERED", false, "REMINDER", true, "DECLARED", true));
    }

    /**
     * Read from the raw body, as notification-service reads it: which fields it names, a null included (a body bound to a
     * map here would drop them). Like notification-service, only a digest hour that is sent is checked.
     */
    @Put("/notifications/preferences")
    HttpResponse<?> savePreferences(@Body String raw) throws java.io.IOException {
        Map<String, Object> body = io.micronaut.serde.ObjectMapper.getDefault().readValue(raw,
                io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
        RECEIVED.add(map("path", "/api/notifications/preferences", "body", body));
        if (body.containsKey("digestHour") && (!(body.get("digestHour") instanceof Number n) || n.intValue() < 0)) {
            return HttpResponse.badRequest(map("type", "about:blank", "title", "Bad Request", "status", 400, "detail", "digestHour",
                    "errors", List.of(map("field", "digestHour", "message", "must be between 0 and 23"))));
        }
        return HttpResponse.ok(body);
    }

    private static Map<String, Object> contract(String id, String buyer, String title, boolean confirmed, String status, String origin,
                                                List<Map<String, Object>> history) {
        return map("id", id, "opportunityId", null, "buyerId", buyer, "supplierIds", List.of(ENTERPRISE), "title", title, "valueCad", "12500.5",
                "startsOn", "2026-03-01", "endsOn", "2026-08-31", "status", status, "origin", origin, "confirmed", confirmed,
                "finalValueCad", null, "history", history);
    }

    private static Map<String, Object> contact(String id, String on, String summary, @Nullable String introducedBy, @Nullable String followUp) {
        return map("id", id, "pilotId", PILOT, "enterpriseId", ENTERPRISE, "enterpriseName", "Traiteur Les Jardins Partagés",
                "counterpartId", INSTITUTION, "counterpartName", "Ville de Montréal", "counterpartKind", "INSTITUTION",
                "decisionUnitId", "7c1e0000-0000-4000-8000-000000000001", "personIds", List.of(), "occurredOn", on,
                "channel", introducedBy == null ? "PILOT_ACTIVITY" : "MEETING", "initiatedBy", ENTERPRISE, "summary", summary,
                "outcome", null, "nextStep", introducedBy == null ? null : "Envoyer le menu", "followUpOn", followUp,
                "introducedByContactId", introducedBy, "introducedByPersonId", null, "firstContact", introducedBy == null,
                "chain", introducedBy == null ? List.of() : List.of(map("id", introducedBy, "occurredOn", "2026-01-20", "enterpriseId", ENTERPRISE,
                        "counterpartId", INSTITUTION)),
                "ledTo", introducedBy == null ? List.of(map("id", INTRODUCED, "occurredOn", "2026-02-10", "enterpriseId", ENTERPRISE,
                        "counterpartId", INSTITUTION)) : List.of(),
                "createdAt", "2026-02-10T15:00:00Z");
    }
}
