package org.maillage.web.stub;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.maillage.web.stub.Samples.*;

/**
 * The platform's public API as the pages read it, with sample data: the web service's tests point its
 * API address at this same server, so pages render real answers without the other services.
 */
@Requires(property = "maillage.test.stub-api", value = "true")
@Controller("/api")
public class StubApi {

    public static final String PASSWORD = "Bon-Mot-de-Passe-1";
    public static final AtomicInteger REFRESHES = new AtomicInteger();
    public static final List<String> LOGGED_OUT = new CopyOnWriteArrayList<>();
    public static volatile String currentRefresh = "refresh-1";

    /** As directory-service answers: each pilot's members counted ({@code memberCount}), not listed. */
    @Get("/pilots")
    Map<String, Object> pilots() {
        return StubListing.of(List.of(map("id", PILOT, "name", "L'économie sociale : j'achète ! (Montréal)", "region", "06",
                "startsOn", "2014-03-01", "endsOn", "2015-08-31", "coordinatingOrganization", "CRÉ de Montréal", "memberCount", 33),
                // a second pilot, which the city is invited to join (InvitationStubApi)
                map("id", InvitationStubApi.ESTRIE, "name", "Achat social Estrie", "region", "05", "startsOn", "2026-09-01",
                        "endsOn", "2027-08-31", "coordinatingOrganization", "Table de l'Estrie", "memberCount", 0)));
    }

    /** The query string of each dashboard the site asked for, to check which period it asked. */
    public static final List<String> DASHBOARD_QUERIES = new CopyOnWriteArrayList<>();

    /**
     * A pilot's figures for the months asked (the API's default when none: 2000-01 to 2026-12). Montréal's pilot ended in
     * 2015-08; a period that runs past it counts the 66 contracts signed since (issue 29: the front page must not give
     * these for the pilot's period).
     */
    @Get("/reports/pilots/{id}/dashboard{?from,to}")
    Map<String, Object> dashboard(io.micronaut.http.HttpRequest<?> request, String id, @Nullable @QueryValue String from,
                                  @Nullable @QueryValue String to) {
        DASHBOARD_QUERIES.add(id + "?" + request.getUri().getRawQuery());
        String f = from == null ? "2000-01" : from;
        String t = to == null ? "2026-12" : to;
        boolean pastTheEnd = t.compareTo("2015-08") > 0;
        List<Map<String, Object>> months = new ArrayList<>();
        for (java.time.YearMonth m = java.time.YearMonth.parse(f); !m.isAfter(java.time.YearMonth.parse(t)); m = m.plusMonths(1)) {
            months.add(map("month", m.toString(), "contracts", m.toString().equals("2014-05") ? 12 : 0, "valueCad", m.toString().equals("2014-05") ? "1234.56" : "0.00"));
        }
        return map("pilotId", id, "from", f, "to", t,
                "headline", map("institutionsWithContract", 5, "institutions", 6, "contracts", pastTheEnd ? 1300 : 1234,
                        "valueCad", pastTheEnd ? "1300000.00" : "1234567.89"),
                "byInstitution", List.of(map("institutionId", INSTITUTION, "name", "Ville de Montréal", "contracts", 12, "valueCad", "1234.56",
                                "commitmentContracts", 12, "commitmentValueCad", "120000.00", "progress", 1.0, "valueProgress", 0.0103),
                        map("institutionId", OTHER_INSTITUTION, "name", "CHUM", "contracts", 3, "valueCad", "99.5",
                                "commitmentValueCad", "142.14", "valueProgress", 0.7)),
                "byCategory", List.of(map("category", "90100000", "contracts", 12, "valueCad", "1234.56")),
                "byMonth", months,
                "betweenEnterprises", map("contracts", 2, "valueCad", "500.00"), "declared", map("contracts", 1, "valueCad", "10.00"),
                "contacts", map("contacts", 80, "firstContacts", 42, "followOns", 38, "introduced", 17, "deepestChain", 2,
                        "byDepth", List.of(map("depth", 0, "contacts", 63), map("depth", 1, "contacts", 17)), "withinMonths", 12,
                        "ledToContract", 9, "decisionUnits", List.of()),
                "funnel", map("published", 4, "matched", 20, "interested", 6, "notInterested", 3, "responded", 5, "awarded", 2,
                        "reasons", List.of(map("reason", "CAPACITY", "count", 3))));
    }

    @Get("/categories")
    Map<String, Object> categories() {
        return StubListing.of(List.of(map("code", "90100000", "labelFr", "Services de restauration", "labelEn", "Restaurant services"),
                map("code", "76110000", "labelFr", "Services de nettoyage", "labelEn", "Cleaning services")));
    }

    @Get("/regions")
    Map<String, Object> regions() {
        return StubListing.of(List.of(map("code", "06", "labelFr", "Montréal", "labelEn", "Montréal"), map("code", "05", "labelFr", "Estrie", "labelEn", "Eastern Townships")));
    }

    /** Two pages, as the API pages its lists: {items, next}. */
    /** The query string of the last search the site made, to check what it passed on. */
    public static volatile String lastOpportunitySearch;

    @Get("/opportunities")
    HttpResponse<?> opportunities(io.micronaut.http.HttpRequest<?> request, @Nullable @QueryValue String region,
                                  @Nullable @QueryValue String cursor) {
        lastOpportunitySearch = request.getUri().getRawQuery();
        if (region != null && !region.matches("0[1-9]|1[0-7]")) {
            return HttpResponse.badRequest(map("type", "about:blank", "title", "Bad Request", "status", 400,
                    "detail", "region: must be a region code from 01 to 17",
                    "errors", List.of(map("field", "region", "message", "must be a region code from 01 to 17"))));
        }
        List<Map<String, Object>> all = allOpportunities();
        Map<String, Object> page = new java.util.HashMap<>();
        page.put("items", cursor == null ? all.subList(0, 20) : all.subList(20, all.size()));
        page.put("next", cursor == null ? "page-2" : null);
        return HttpResponse.ok(page);
    }

    private List<Map<String, Object>> allOpportunities() {
        List<Map<String, Object>> all = new ArrayList<>();
        all.add(opportunity(OPPORTUNITY, "Traiteur pour la sécurité civile", "Catering for civil security"));
        for (int i = 1; i <= 24; i++) {
            all.add(opportunity(String.format("00000000-0000-4000-8000-%012d", i), "Entretien ménager lot " + i, "Cleaning lot " + i));
        }
        return all;
    }

    @Get("/opportunities/{id}")
    HttpResponse<?> opportunity(String id) {
        if (id.equals(UNAVAILABLE)) {
            return HttpResponse.status(HttpStatus.BAD_GATEWAY).body(problem(502, "contracts cannot be reached"));
        }
        if (!id.equals(OPPORTUNITY)) {
            return HttpResponse.notFound(problem(404, "no such opportunity"));
        }
        return HttpResponse.ok(opportunity(OPPORTUNITY, "Traiteur pour la sécurité civile", "Catering for civil security"));
    }

    @Get("/opportunities/{id}/questions")
    Map<String, Object> questions(String id) {
        return StubListing.of(List.of(map("id", "5f0e1d2c-0000-4000-8000-000000000001", "question", "Faut-il des repas végétariens?",
                "askedAt", "2026-03-02T15:00:00Z", "answer", "Oui, une dizaine.", "answeredAt", "2026-03-03T15:00:00Z")));
    }

    @Get("/organizations{?q,region}")
    HttpResponse<?> search(@Nullable @QueryValue String q, @Nullable @QueryValue String region) {
        if (region != null && !region.matches("0[1-9]|1[0-7]")) {
            return HttpResponse.badRequest(map("type", "about:blank", "title", "Bad Request", "status", 400,
                    "detail", "region: must be a region code from 01 to 17",
                    "errors", List.of(map("field", "region", "message", "must be a region code from 01 to 17"))));
        }
        List<Map<String, Object>> items = List.of(
                map("id", ENTERPRISE, "kind", "ENTERPRISE", "name", "Traiteur Les Jardins Partagés", "legalForm", "SOLIDARITY_COOP",
                        "categories", List.of("90100000"), "regions", List.of("06")),
                map("id", INSTITUTION, "kind", "INSTITUTION", "name", "Ville de Montréal", "legalForm", null,
                        "categories", List.of(), "regions", List.of("06")));
        return HttpResponse.ok(map("items", items, "total", 2, "next", "c2",
                "facets", map("kinds", List.of(map("code", "ENTERPRISE", "count", 1), map("code", "INSTITUTION", "count", 1)),
                        "categories", List.of(map("code", "90100000", "count", 1)),
                        "regions", List.of(map("code", "06", "count", 2)),
                        "legalForms", List.of(map("code", "SOLIDARITY_COOP", "count", 1)))));
    }

    @Get("/enterprises/{id}")
    HttpResponse<?> enterprise(String id) {
        if (!id.equals(ENTERPRISE)) {
            return HttpResponse.notFound(problem(404, "no such enterprise"));
        }
        return HttpResponse.ok(map("id", ENTERPRISE, "kind", "ENTERPRISE", "legalName", "Traiteur Les Jardins Partagés",
                "otherNames", List.of("Les Jardins"), "neq", "1145678901", "status", "ACTIVE", "legalForm", "SOLIDARITY_COOP",
                "missionFr", "Repas locaux préparés par des personnes en insertion.", "missionEn", "Local meals cooked by people in work integration.",
                "categories", List.of("90100000"), "regions", List.of("06"), "address", "123, rue Ontario Est, Montréal",
                "website", "https://jardins.example", "sizeBand", "10-49", "capacityNotes", "Jusqu'à 500 repas par jour",
                "certifications", List.of(map("name", "Entreprise d'économie sociale", "issuer", "PME MTL", "expiresOn", "2030-01-01", "expired", false)),
                "decisionUnits", List.of(), "pilots", List.of(map("pilotId", PILOT, "joinedOn", "2014-03-01")),
                "createdAt", "2026-01-01T00:00:00Z", "updatedAt", "2026-01-01T00:00:00Z"));
    }

    @Get("/institutions/{id}")
    HttpResponse<?> institution(String id) {
        if (id.equals(FORBIDDEN)) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).body(problem(403, "not yours"));
        }
        if (!id.equals(INSTITUTION) && !id.equals(OTHER_INSTITUTION)) {
            return HttpResponse.notFound(problem(404, "no such institution"));
        }
        return HttpResponse.ok(map("id", id, "kind", "INSTITUTION", "legalName", "Ville de Montréal", "otherNames", List.of(), "status", "ACTIVE",
                "institutionType", "MUNICIPALITY", "categories", List.of("76110000"), "regions", List.of("06"),
                "certifications", List.of(), "commitment", map("contracts", 10, "valueCad", "250000"),
                "decisionUnits", List.of(map("id", "7c1e0000-0000-4000-8000-000000000001", "name", "Service de l'approvisionnement",
                        "categories", List.of("90100000"), "thresholdCad", "25000", "methods", List.of("DIRECT_AWARD", "INVITATION"),
                        "calendarNotes", "Appels surtout en mars")),
                "pilots", List.of(), "createdAt", "2026-01-01T00:00:00Z", "updatedAt", "2026-01-01T00:00:00Z"));
    }

    /** The X-Forwarded-For of each sign-in the site made, to check that it says whose it is. */
    public static final List<String> SIGN_IN_FORWARDED_FOR = new CopyOnWriteArrayList<>();

    @Post("/auth/login")
    HttpResponse<?> login(io.micronaut.http.HttpRequest<?> request, @Body Map<String, String> body) {
        SIGN_IN_FORWARDED_FOR.add(String.join(",", request.getHeaders().getAll("X-Forwarded-For")));
        if (!PASSWORD.equals(body.get("password"))) {
            return HttpResponse.unauthorized().body(problem(401, "wrong email or password"));
        }
        return HttpResponse.ok(tokens(currentRefresh, String.valueOf(body.get("email")).startsWith("ventes@") ? "SUPPLIER" : "BUYER"));
    }

    @Post("/auth/refresh")
    HttpResponse<?> refresh(@Body Map<String, String> body) {
        if (!currentRefresh.equals(body.get("refreshToken"))) {
            return HttpResponse.unauthorized().body(problem(401, "refresh token replayed"));
        }
        currentRefresh = "refresh-" + (REFRESHES.incrementAndGet() + 1);
        return HttpResponse.ok(tokens(currentRefresh, "BUYER"));
    }

    @Post("/auth/logout")
    HttpResponse<?> logout(@Body Map<String, String> body) {
        LOGGED_OUT.add(body.get("refreshToken"));
        return HttpResponse.noContent();
    }

    /** The signed-in person's language, as the last PUT left it. */
    public static volatile String accountLanguage = "fr";

    /** The pilots the signed-in person runs or belongs to: none, unless a coordinator's test names some. */
    public static volatile List<String> accountPilots = List.of();

    @Get("/accounts/me")
    Map<String, Object> account() {
        return map("id", ACCOUNT, "email", "achats@ville.test", "role", "BUYER", "organizationId", INSTITUTION, "language", accountLanguage,
                "pilots", accountPilots);
    }

    @io.micronaut.http.annotation.Put("/accounts/me/language")
    Map<String, Object> language(@Body Map<String, String> body) {
        accountLanguage = body.get("language");
        return account();
    }

    /** A supplier's token names its enterprise (the {@code org} claim), a buyer's the city. */
    private static Map<String, Object> tokens(String refresh, String role) {
        String org = "SUPPLIER".equals(role) ? ENTERPRISE : INSTITUTION;
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"sub\":\"" + ACCOUNT + "\",\"org\":\"" + org + "\"}").getBytes());
        return map("accessToken", "eyJhbGciOiJub25lIn0." + payload + ".sig-" + refresh, "tokenType", "Bearer", "expiresIn", 600,
                "refreshToken", refresh, "role", role, "language", "en");
    }

    private static Map<String, Object> opportunity(String id, String fr, String en) {
        return map("id", id, "buyerId", INSTITUTION, "buyerKind", "INSTITUTION", "titleFr", fr, "titleEn", en,
                "descriptionFr", "Repas pour 200 personnes.", "descriptionEn", "Meals for 200 people.",
                "categories", List.of("90100000"), "regions", List.of("06"), "method", "INVITATION",
                "estimatedValue", "1234.56", "valueWithheld", false, "deadline", "2026-03-10T16:00:00Z",
                "deadlineMontreal", "2026-03-10T12:00-04:00", "socialClauses", List.of("environmental.wasteReduction"), "documents", List.of("https://docs.example/cahier.pdf"),
                "status", "PUBLISHED", "amendments", List.of(map("amendedAt", "2026-03-01T14:30:00Z", "summary", "Date limite reportée",
                        "previousDeadline", "2026-03-05T16:00:00Z", "newDeadline", "2026-03-10T16:00:00Z")),
                "createdAt", "2026-02-01T00:00:00Z", "publishedAt", "2026-02-02T00:00:00Z",
                "contactName", "Marie Tremblay", "contactEmail", "achats@ville.example");
    }

    private static Map<String, Object> problem(int status, String detail) {
        return map("type", "about:blank", "title", "error", "status", status, "detail", detail);
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
