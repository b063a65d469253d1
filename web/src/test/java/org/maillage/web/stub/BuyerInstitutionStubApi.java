package org.maillage.web.stub;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.maillage.web.stub.Samples.ENTERPRISE;
import static org.maillage.web.stub.Samples.INSTITUTION;
import static org.maillage.web.stub.Samples.PILOT;
import static org.maillage.web.stub.StubApi.map;

/** The institution's decision units, people and contact log as a buyer's pages read them; bodies received kept in {@link #RECEIVED}. */
@Requires(property = "maillage.test.stub-api", value = "true")
@Requires(property = "maillage.test.stub-buyer", value = "true")
@Controller("/api")
public class BuyerInstitutionStubApi {

    public static final String UNIT = "7c1e0000-0000-4000-8000-000000000001";
    public static final String RETIRED = "7c1e0000-0000-4000-8000-000000000002";
    public static final String CONTACT = "ca000000-0000-4000-8000-000000000011";
    public static final List<Map<String, Object>> RECEIVED = new CopyOnWriteArrayList<>();

    @Get("/institutions/{id}/decision-units")
    Map<String, Object> units(String id) {
        return map("items", List.of(
                map("id", UNIT, "name", "Service de l'approvisionnement", "categories", List.of("90100000"), "thresholdCad", "25000",
                        "methods", List.of("DIRECT_AWARD", "INVITATION"), "calendarNotes", "Appels surtout en mars", "retiredOn", null),
                map("id", RETIRED, "name", "Ancien service des loisirs", "categories", List.of(), "thresholdCad", null,
                        "methods", List.of(), "calendarNotes", null, "retiredOn", "2026-01-31")), "next", null);
    }

    @Post("/institutions/{id}/decision-units")
    HttpResponse<?> add(String id, @Body Map<String, Object> body) {
        RECEIVED.add(map("path", "/api/institutions/" + id + "/decision-units", "body", body));
        return HttpResponse.created(map("id", id));
    }

    /** Refuses an unknown category code as the directory does, naming the field. */
    @Put("/institutions/{id}/decision-units/{unit}")
    HttpResponse<?> change(String id, String unit, @Body Map<String, Object> body) {
        RECEIVED.add(map("path", "/api/institutions/" + id + "/decision-units/" + unit, "body", body));
        if (((List<?>) body.get("categories")).contains("99999999")) {
            return HttpResponse.badRequest(map("type", "about:blank", "title", "Bad Request", "status", 400, "detail", "categories",
                    "errors", List.of(map("field", "categories", "message", "unknown category 99999999 / catégorie inconnue"))));
        }
        return HttpResponse.ok(map("id", unit, "name", body.get("name"), "categories", body.get("categories"), "methods", List.of()));
    }

    @Post("/institutions/{id}/decision-units/{unit}/retire")
    HttpResponse<?> retire(String id, String unit) {
        RECEIVED.add(map("path", "/api/institutions/" + id + "/decision-units/" + unit + "/retire", "body", map()));
        return HttpResponse.ok(map("id", unit, "name", "x", "categories", List.of(), "methods", List.of(), "retiredOn", "2026-03-01"));
    }

    @Get("/organizations/{id}/people{?limit,cursor}")
    Map<String, Object> people(String id, @Nullable @QueryValue Integer limit, @Nullable @QueryValue String cursor) {
        return map("items", List.of(map("id", "9e000000-0000-4000-8000-000000000002", "organizationId", id, "decisionUnitId", UNIT,
                "name", "Sophie Tremblay", "title", "Agente d'approvisionnement", "email", "sophie@ville.example", "phone", null,
                "language", "fr")), "next", null);
    }

    @Post("/organizations/{id}/people")
    HttpResponse<?> addPerson(String id, @Body Map<String, Object> body) {
        RECEIVED.add(map("path", "/api/organizations/" + id + "/people", "body", body));
        return HttpResponse.created(body);
    }

    @Get("/contacts{?limit,with}")
    Map<String, Object> contacts(@Nullable @QueryValue Integer limit, @Nullable @QueryValue String with) {
        return StubListing.of(List.of(contact()));
    }

    @Get("/contacts/{id}")
    Map<String, Object> contact(String id) {
        return contact();
    }

    @Post("/contacts")
    HttpResponse<?> log(@Body Map<String, Object> body) {
        RECEIVED.add(map("path", "/api/contacts", "body", body));
        return HttpResponse.created(contact());
    }

    private static Map<String, Object> contact() {
        return map("id", CONTACT, "pilotId", PILOT, "enterpriseId", ENTERPRISE, "enterpriseName", "Traiteur Les Jardins Partagés",
                "counterpartId", INSTITUTION, "counterpartName", "Ville de Montréal", "counterpartKind", "INSTITUTION",
                "decisionUnitId", UNIT, "occurredOn", "2026-02-10", "channel", "MEETING", "initiatedBy", INSTITUTION,
                "summary", "Visite de la cuisine de l'entreprise", "outcome", null, "nextStep", "Inviter au prochain appel",
                "followUpOn", "2026-03-01", "introducedByContactId", null, "firstContact", true, "chain", List.of(), "ledTo", List.of(),
                "createdAt", "2026-02-10T15:00:00Z");
    }
}
