package org.maillage.directory;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.directory.api.OrganizationEventTypes;
import org.maillage.directory.auth.SigningKeys;
import org.maillage.testkit.Listings;
import org.maillage.testkit.TestEvents;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The directory as its users meet it: register, apply, approve, search, deactivate, and the events. */
class DirectoryIT extends DirectoryServiceIT {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    SigningKeys keys;

    private String coordinator;
    private String pilot;

    /** A pilot of this test's own, so searches filtered on it see only what this test made. */
    @BeforeAll
    void openPilot() {
        String bootstrap = SignedIn.coordinatorToken(http);
        pilot = (String) post("/api/pilots", bootstrap, Map.of("name", "Pilote Estrie d'essai", "region", "05",
                "startsOn", "2015-01-01", "endsOn", "2016-06-30", "coordinatingOrganization", "CDEC de Sherbrooke")).get("id");
        coordinator = SignedIn.coordinatorToken(http);
    }

    @Test
    void referenceDataComesInFrenchAndEnglish() {
        List<Map<String, Object>> regions = Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/regions"), JSON));
        assertThat(regions).hasSize(17).contains(Map.of("code", "05", "labelFr", "Estrie", "labelEn", "Eastern Townships (Estrie)"));
        List<Map<String, Object>> categories = Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/categories"), JSON));
        assertThat(categories).contains(Map.of("code", "90100000", "parent", "90000000",
                "labelFr", "Restauration et traiteurs", "labelEn", "Restaurants and catering"));
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/pilots/" + SignedIn.MONTREAL), JSON))
                .containsEntry("name", "L'économie sociale : j'achète !").containsEntry("region", "06");
    }

    @Test
    void anInstitutionShowsItsDecisionUnitsAndCommitment() {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Centre hospitalier d'essai", "institutionType", "HEALTH_SOCIAL_SERVICES",
                "regions", List.of("05"), "commitmentContracts", 3, "commitmentValue", 75000, "pilotId", pilot,
                "decisionUnits", List.of(
                        Map.of("name", "Approvisionnement alimentaire", "categories", List.of("90100000"), "thresholdCad", 25000,
                                "methods", List.of("DIRECT_AWARD", "INVITATION"), "calendarNotes", "Appels en septembre"),
                        Map.of("name", "Services techniques", "categories", List.of("76110000", "70110000")))));
        Map<String, Object> created = post("/api/institutions", coordinator, body);

        Map<String, Object> shown = http.toBlocking().retrieve(HttpRequest.GET("/api/institutions/" + created.get("id")), JSON);
        assertThat((List<Map<String, Object>>) shown.get("decisionUnits")).extracting(u -> u.get("name"))
                .containsExactly("Approvisionnement alimentaire", "Services techniques");
        assertThat(shown.get("commitment")).isEqualTo(Map.of("contracts", 3, "valueCad", 75000.0));
        assertThat((List<String>) shown.get("categories")).containsExactly("70110000", "76110000", "90100000");

        Map<String, Object> event = lastEvent((String) created.get("id"), 1);
        assertThat((List<Map<String, Object>>) event.get("decisionUnits")).hasSize(2);
        assertThat(event).containsEntry("kind", "INSTITUTION").containsEntry("pilots", List.of(pilot));
    }

    @Test
    void anApplicationStaysPendingUntilACoordinatorOfItsPilotApprovesIt() {
        Map<String, Object> applied = http.toBlocking().retrieve(HttpRequest.POST("/api/enterprises/applications",
                enterprise("Coopérative d'application", "81110000", "05")), JSON);
        String id = (String) applied.get("id");
        assertThat(applied.get("status")).isEqualTo("PENDING");
        assertThat(search("q=application&pilot=" + pilot).get("total")).isEqualTo(0);

        String outsider = tokenFor(List.of(UUID.randomUUID().toString()));
        // to another pilot's coordinator the application does not exist (issue 26)
        assertStatus(404, () -> http.toBlocking().exchange(HttpRequest.POST("/api/organizations/" + id + "/approve", "").bearerAuth(outsider)));
        assertStatus(403, () -> http.toBlocking().exchange(HttpRequest.POST("/api/pilots/" + pilot + "/invitations",
                Map.of("organizationId", id)).bearerAuth(outsider)));
        Map<String, Object> approved = post("/api/organizations/" + id + "/approve", coordinator, "");
        assertThat(approved.get("status")).isEqualTo("ACTIVE");
        assertThat(search("q=application&pilot=" + pilot).get("total")).isEqualTo(1);
        assertStatus(409, () -> http.toBlocking().exchange(HttpRequest.POST("/api/organizations/" + id + "/approve", "").bearerAuth(coordinator)));

        List<String> types = events(id, 2).stream().map(r -> TestEvents.header(r, "ce_type")).toList();
        assertThat(types).containsExactly(OrganizationEventTypes.REGISTERED_V1, OrganizationEventTypes.UPDATED_V1);
    }

    @Test
    void searchIgnoresAccentsAndCaseStemsFrenchAndEnglishAndFiltersWithFacetsAndAStableCursor() {
        String searchPilot = (String) post("/api/pilots", coordinator, Map.of("name", "Pilote de recherche", "region", "06",
                "startsOn", "2014-01-01", "endsOn", "2014-12-31", "coordinatingOrganization", "CRÉ de Montréal")).get("id");
        String token = SignedIn.coordinatorToken(http);
        Map<String, Object> economie = enterprise("Économie Verte Traiteurs", "90100000", "06");
        economie.put("pilotId", searchPilot);
        economie.put("legalForm", "WORKER_COOP");
        economie.put("certifications", List.of(Map.of("name", "Entreprise d'économie sociale", "issuer", "CÉSIM", "expiresOn", "2099-12-31")));
        Map<String, Object> quartier = enterprise("Le Traiteur du Quartier", "90100000", "05");
        quartier.put("pilotId", searchPilot);
        Map<String, Object> imprimerie = enterprise("Imprimerie Solidaire", "82120000", "06");
        imprimerie.put("pilotId", searchPilot);
        imprimerie.put("legalForm", "NON_PROFIT");
        imprimerie.put("certifications", List.of(Map.of("name", "Ancienne accréditation", "issuer", "Ville", "expiresOn", "2020-01-01")));
        Map<String, Object> green = enterprise("Green Table", "90100000", "06");
        green.put("pilotId", searchPilot);
        green.put("missionEn", "A catering cooperative training young people");
        String economieId = (String) post("/api/enterprises", token, economie).get("id");
        post("/api/enterprises", token, quartier);
        String imprimerieId = (String) post("/api/enterprises", token, imprimerie).get("id");
        post("/api/enterprises", token, green);
        String in = "&pilot=" + searchPilot;

        assertThat(names(search("q=economie" + in))).containsExactly("Économie Verte Traiteurs");
        assertThat(names(search("q=TRAITEUR" + in))).hasSize(3).startsWith("Économie Verte Traiteurs", "Le Traiteur du Quartier");
        assertThat(names(search("q=caterings" + in))).containsExactlyInAnyOrder("Green Table", "Économie Verte Traiteurs", "Le Traiteur du Quartier");
        // the site searches as one types: the beginning of a word finds it (issue 29, item 13)
        assertThat(names(search("q=imprim" + in))).containsExactly("Imprimerie Solidaire");
        assertThat(names(search("q=trait%20quart" + in))).containsExactly("Le Traiteur du Quartier");
        assertThat(names(search("q=%C3%A9con" + in))).containsExactly("Économie Verte Traiteurs");
        assertThat(names(search("category=90000000&region=06" + in))).containsExactly("Économie Verte Traiteurs", "Green Table");
        assertThat(names(search("certified=true" + in))).containsExactly("Économie Verte Traiteurs");
        assertThat(names(search("legalForm=NON_PROFIT" + in))).containsExactly("Imprimerie Solidaire");
        assertThat(names(search("q=traiteur&category=90100000&legalForm=WORKER_COOP&region=06" + in))).containsExactly("Économie Verte Traiteurs");
        assertThat(search("kind=ENTERPRISE" + in).get("total")).isEqualTo(4);
        assertThat(search("kind=INSTITUTION" + in).get("total")).isEqualTo(0);

        Map<String, Object> all = search("limit=2" + in);
        assertThat(all.get("total")).isEqualTo(4);
        Map<String, Object> facets = (Map<String, Object>) all.get("facets");
        assertThat(facets.get("categories")).isEqualTo(List.of(Map.of("code", "90100000", "count", 3), Map.of("code", "82120000", "count", 1)));
        assertThat(facets.get("regions")).isEqualTo(List.of(Map.of("code", "06", "count", 3), Map.of("code", "05", "count", 1)));
        // the cursor holds its place even when an organization is added between pages
        post("/api/enterprises", token, withPilot(enterprise("Aaa Ajoutée Entre Deux Pages", "90100000", "06"), searchPilot));
        Map<String, Object> second = search("limit=2&cursor=" + URLEncoder.encode((String) all.get("next"), StandardCharsets.UTF_8) + in);
        assertThat(names(all)).containsExactly("Économie Verte Traiteurs", "Green Table");
        assertThat(names(second)).containsExactly("Imprimerie Solidaire", "Le Traiteur du Quartier");
        assertThat(second).containsEntry("next", null);

        Map<String, Object> shown = http.toBlocking().retrieve(HttpRequest.GET("/api/enterprises/" + imprimerieId), JSON);
        assertThat((List<Map<String, Object>>) shown.get("certifications")).singleElement().extracting(c -> c.get("expired")).isEqualTo(true);
        assertThat(economieId).isNotBlank();
    }

    @Test
    void aDeactivatedOrganizationLeavesTheSearchButIsStillShown() {
        String id = (String) post("/api/enterprises", coordinator, enterprise("Déménagement Solidaire Désactivé", "78120000", "05")).get("id");
        assertThat(search("q=desactive&pilot=" + pilot).get("total")).isEqualTo(1);

        Map<String, Object> deactivated = post("/api/organizations/" + id + "/deactivate", coordinator, "");
        assertThat(deactivated.get("status")).isEqualTo("INACTIVE");
        assertThat(search("q=desactive&pilot=" + pilot).get("total")).isEqualTo(0);
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/enterprises/" + id), JSON).get("status")).isEqualTo("INACTIVE");
        assertThat(TestEvents.header(events(id, 2).get(1), "ce_type")).isEqualTo(OrganizationEventTypes.DEACTIVATED_V1);
    }

    @Test
    void badInputNamesTheFieldAndAnotherPilotsCoordinatorIsRefused() {
        assertProblem(400, "categories[0]", enterprise("Catégorie inconnue", "12345678", "06"), coordinator);
        assertProblem(400, "regions[0]", enterprise("Région inconnue", "90100000", "18"), coordinator);
        Map<String, Object> badNeq = enterprise("NEQ invalide", "90100000", "06");
        badNeq.put("neq", "0123456789");
        assertProblem(400, "neq", badNeq, coordinator);
        Map<String, Object> badSite = enterprise("Site invalide", "90100000", "06");
        badSite.put("website", "ftp://exemple");
        assertProblem(400, "website", badSite, coordinator);
        assertProblem(400, "pilotId", withPilot(enterprise("Pilote inconnu", "90100000", "06"), UUID.randomUUID().toString()), coordinator);
        assertProblem(403, "pilotId", enterprise("Autre pilote", "90100000", "06"), tokenFor(List.of(UUID.randomUUID().toString())));
        assertStatus(400, () -> http.toBlocking().exchange(HttpRequest.GET("/api/organizations?region=99")));
        assertStatus(400, () -> http.toBlocking().exchange(HttpRequest.GET("/api/organizations?cursor=nonsense")));
        // a filter the framework cannot read names itself, in words, instead of being taken as false or leaking its parser
        assertSearchProblem("certified=oui", "certified", "true or false");
        assertSearchProblem("limit=dix", "limit", "whole number");
        assertSearchProblem("pilot=montreal", "pilot", "identifier");
    }

    private void assertSearchProblem(String query, String field, String message) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/api/organizations?" + query)));
        assertThat(e.getStatus().getCode()).isEqualTo(400);
        String body = e.getResponse().getBody(String.class).orElseThrow();
        assertThat(body).contains("\"field\":\"" + field + "\"").contains(message).doesNotContain("Failed to convert");
    }

    @Test
    void peopleAreShownToParticipantsOfTheOrganizationsPilotsOnlyAndAddedByItOrItsCoordinators() {
        Map<String, Object> institution = post("/api/institutions", coordinator, Map.of("name", "Cégep d'essai",
                "institutionType", "COLLEGE", "pilotId", pilot, "decisionUnits", List.of(Map.of("name", "Approvisionnement"))));
        String institutionId = (String) institution.get("id");
        String unit = (String) ((List<Map<String, Object>>) institution.get("decisionUnits")).get(0).get("id");
        String people = "/api/organizations/" + institutionId + "/people";

        Map<String, Object> buyer = post(people, coordinator, Map.of("name", "Marie Tremblay", "title", "Acheteuse",
                "email", "Marie.Tremblay@cegep.example", "phone", "514 555-0101", "decisionUnitId", unit));
        assertThat(buyer).containsEntry("email", "marie.tremblay@cegep.example").containsEntry("decisionUnitId", unit);

        String supplierOfAnother = supplier();
        assertStatus(401, () -> http.toBlocking().exchange(HttpRequest.GET(people)));
        Map<String, Object> seen = http.toBlocking().retrieve(HttpRequest.GET(people).bearerAuth(supplierOfAnother), JSON);
        assertThat((List<Map<String, Object>>) seen.get("items")).extracting(p -> p.get("name")).containsExactly("Marie Tremblay");
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/institutions/" + institutionId))).doesNotContain("Tremblay");
        // an enterprise of another pilot, and a coordinator of another pilot, see nobody
        String bootstrap = SignedIn.coordinatorToken(http);
        String elsewhere = (String) post("/api/enterprises", bootstrap, withPilot(enterprise("Fournisseur de Montréal", "90100000", "06"),
                SignedIn.MONTREAL.toString())).get("id");
        String email = "m" + UUID.randomUUID().toString().substring(0, 8) + "@test.maillage";
        post("/api/accounts", bootstrap, Map.of("email", email, "password", "Fournisseur-Mot-1", "role", "SUPPLIER",
                "organizationId", elsewhere, "pilots", List.of(SignedIn.MONTREAL.toString())));
        String supplierOfMontreal = (String) SignedIn.login(http, email, "Fournisseur-Mot-1").get("accessToken");
        assertStatus(403, () -> http.toBlocking().exchange(HttpRequest.GET(people).bearerAuth(supplierOfMontreal)));
        assertStatus(403, () -> http.toBlocking().exchange(HttpRequest.GET(people).bearerAuth(tokenFor(List.of(SignedIn.MONTREAL.toString())))));

        assertStatus(403, () -> http.toBlocking().exchange(HttpRequest.POST(people, Map.of("name", "Intrus")).bearerAuth(supplierOfAnother)));
        HttpClientResponseException badEmail = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST(people, Map.of("name", "X", "email", "pas un courriel")).bearerAuth(coordinator)));
        assertThat(badEmail.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"email\"");
        HttpClientResponseException otherUnit = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST(people, Map.of("name", "X", "decisionUnitId", UUID.randomUUID().toString())).bearerAuth(coordinator)));
        assertThat(otherUnit.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"decisionUnitId\"");
    }

    @Test
    void anEnterpriseEditsItsOwnProfileAndAnInstitutionGainsADecisionUnitEachAnnounced() {
        Map<String, Object> form = enterprise("Paysagistes Solidaires", "70110000", "05");
        String id = (String) post("/api/enterprises", coordinator, form).get("id");
        String own = supplierOf(id);
        String other = supplier();

        form.put("missionFr", "Aménagement de jardins communautaires et verdissement");
        form.put("categories", List.of("70110000", "72100000"));
        Map<String, Object> updated = http.toBlocking().retrieve(HttpRequest.PUT("/api/enterprises/" + id, form).bearerAuth(own), JSON);
        assertThat((List<String>) updated.get("categories")).containsExactly("70110000", "72100000");
        assertThat(names(search("q=verdissement&pilot=" + pilot))).containsExactly("Paysagistes Solidaires");
        // the filters follow the edit too: the new category's segment finds it
        assertThat(names(search("q=verdissement&category=72000000&region=05&pilot=" + pilot))).containsExactly("Paysagistes Solidaires");
        List<ConsumerRecord<String, byte[]>> announced = events(id, 2);
        assertThat(TestEvents.header(announced.get(announced.size() - 1), "ce_type")).isEqualTo(OrganizationEventTypes.UPDATED_V1);

        assertStatus(403, () -> http.toBlocking().exchange(HttpRequest.PUT("/api/enterprises/" + id, form).bearerAuth(other)));
        Map<String, Object> newNeq = new HashMap<>(form);
        newNeq.put("neq", newNeq());
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.PUT("/api/enterprises/" + id, newNeq).bearerAuth(own)));
        assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"neq\"");

        String institution = (String) post("/api/institutions", coordinator, Map.of("name", "Office d'habitation d'essai",
                "institutionType", "HOUSING_OFFICE", "pilotId", pilot,
                "decisionUnits", List.of(Map.of("name", "Entretien des immeubles", "categories", List.of("76110000"))))).get("id");
        Map<String, Object> grown = post("/api/institutions/" + institution + "/decision-units", coordinator,
                Map.of("name", "Espaces verts", "categories", List.of("70110000"), "methods", List.of("INVITATION")));
        assertThat((List<String>) grown.get("categories")).containsExactly("70110000", "76110000");
        assertThat((List<Map<String, Object>>) lastEvent(institution, 2).get("decisionUnits")).hasSize(2);
    }

    /** A supplier account of the given enterprise. */
    private String supplierOf(String enterpriseId) {
        String email = "f" + UUID.randomUUID().toString().substring(0, 8) + "@test.maillage";
        post("/api/accounts", coordinator, Map.of("email", email, "password", "Fournisseur-Mot-1", "role", "SUPPLIER",
                "organizationId", enterpriseId, "pilots", List.of(pilot)));
        return (String) SignedIn.login(http, email, "Fournisseur-Mot-1").get("accessToken");
    }

    /** A supplier account of a new enterprise of this test's pilot. */
    private String supplier() {
        String enterpriseId = (String) post("/api/enterprises", coordinator, enterprise("Fournisseur d'essai", "90100000", "05")).get("id");
        return supplierOf(enterpriseId);
    }

    private Map<String, Object> enterprise(String name, String category, String region) {
        return new HashMap<>(Map.of("legalName", name, "neq", newNeq(),
                "categories", List.of(category), "regions", List.of(region), "pilotId", pilot));
    }

    private static Map<String, Object> withPilot(Map<String, Object> body, String pilotId) {
        body.put("pilotId", pilotId);
        return body;
    }

    private Map<String, Object> post(String path, String token, Object body) {
        return http.toBlocking().retrieve(HttpRequest.POST(path, body).bearerAuth(token), JSON);
    }

    private Map<String, Object> search(String query) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/organizations?" + query), JSON);
    }

    private static List<String> names(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(i -> (String) i.get("name")).toList();
    }

    /** This organization's events, once there are at least that many. */
    private List<ConsumerRecord<String, byte[]>> events(String key, int atLeast) {
        return events(DirectoryTopics.ORGANIZATIONS, key, atLeast);
    }

    private Map<String, Object> lastEvent(String key, int atLeast) {
        List<ConsumerRecord<String, byte[]>> all = events(key, atLeast);
        return parse(all.get(all.size() - 1).value());
    }

    @Inject
    io.micronaut.serde.ObjectMapper json;

    private Map<String, Object> parse(byte[] value) {
        try {
            return json.readValue(value, JSON);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String tokenFor(List<String> pilots) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keys.signingKey().getKeyID()).build(),
                    new JWTClaimsSet.Builder().issuer("maillage").audience("maillage-api").subject(UUID.randomUUID().toString())
                            .claim("roles", List.of("COORDINATOR")).claim("pilots", pilots).issueTime(new Date())
                            .expirationTime(Date.from(Instant.now().plusSeconds(300))).build());
            jwt.sign(new RSASSASigner(keys.signingKey()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertProblem(int status, String field, Map<String, Object> body, String token) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.POST("/api/enterprises", body).bearerAuth(token)));
        assertThat(e.getStatus().getCode()).isEqualTo(status);
        assertThat(e.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"" + field + "\"");
    }

    private static void assertStatus(int status, Executable call) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, call);
        assertThat(e.getStatus().getCode()).isEqualTo(status);
    }
}
