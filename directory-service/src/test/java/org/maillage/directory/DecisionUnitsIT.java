package org.maillage.directory;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.testkit.TestEvents;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An institution's decision units kept by its own buyers: renamed, retired, read by its pilots' coordinators, refused to others. */
class DecisionUnitsIT extends DirectoryServiceIT {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ObjectMapper json;

    private String coordinator;
    private String pilot;
    private String institution;
    private String food;
    private String works;
    private String buyer;
    private String otherBuyer;

    @BeforeAll
    void anInstitutionWithTwoUnitsAndItsBuyer() {
        pilot = (String) post("/api/pilots", SignedIn.coordinatorToken(http), Map.of("name", "Pilote des unités", "region", "05",
                "startsOn", "2015-01-01", "endsOn", "2016-06-30", "coordinatingOrganization", "CDEC de Sherbrooke")).get("id");
        coordinator = SignedIn.coordinatorToken(http);
        Map<String, Object> made = post("/api/institutions", coordinator, Map.of("name", "Cégep d'essai", "institutionType", "COLLEGE",
                "pilotId", pilot, "decisionUnits", List.of(
                        Map.of("name", "Service alimentaire", "categories", List.of("90100000")),
                        Map.of("name", "Travaux", "categories", List.of("72100000")))));
        institution = (String) made.get("id");
        List<Map<String, Object>> units = (List<Map<String, Object>>) made.get("decisionUnits");
        food = (String) units.get(0).get("id");
        works = (String) units.get(1).get("id");
        buyer = buyerOf(institution);
        otherBuyer = buyerOf((String) post("/api/institutions", coordinator, Map.of("name", "Ville d'essai", "institutionType", "MUNICIPALITY",
                "pilotId", pilot)).get("id"));
    }

    @Test
    void itsBuyerRenamesAUnitAndEveryoneSeesTheNewName() {
        Map<String, Object> changed = put(units() + "/" + food, buyer, Map.of("name", "Restauration et cafétéria",
                "categories", List.of("90100000"), "thresholdCad", 25000, "methods", List.of("INVITATION"), "calendarNotes", "Appels en mai"));
        assertThat(changed).containsEntry("name", "Restauration et cafétéria").containsEntry("calendarNotes", "Appels en mai");
        assertThat(unitNames(http.toBlocking().retrieve(HttpRequest.GET("/api/institutions/" + institution), JSON)))
                .contains("Restauration et cafétéria").doesNotContain("Service alimentaire");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(unitNames(lastEvent())).contains("Restauration et cafétéria"));

        assertProblem(400, "name", () -> put(units() + "/" + food, buyer, Map.of("name", " ")));
        assertProblem(400, "categories[0]", () -> put(units() + "/" + food, buyer, Map.of("name", "Cafétéria", "categories", List.of("99999999"))));
    }

    @Test
    void onlyItsOwnBuyersKeepTheUnitsAndItsCoordinatorsRead() {
        Map<String, Object> body = Map.of("name", "Pris en main");
        assertStatus(403, () -> put(units() + "/" + food, coordinator, body));
        assertStatus(403, () -> put(units() + "/" + food, otherBuyer, body));
        assertStatus(403, () -> post(units() + "/" + works + "/retire", otherBuyer, ""));
        assertStatus(403, () -> post(units() + "/" + works + "/retire", coordinator, ""));
        assertStatus(401, () -> http.toBlocking().exchange(HttpRequest.GET(units())));
        assertStatus(403, () -> get(units(), otherBuyer));
        assertStatus(404, () -> put(units() + "/" + UUID.randomUUID(), buyer, body));
        assertThat((List<?>) get(units(), coordinator).get("items")).hasSize(2);
        assertThat(get(units(), buyer)).containsEntry("next", null);
    }

    @Test
    void aRetiredUnitStaysListedForItsBuyersButIsNoLongerOffered() {
        String unit = (String) ((List<Map<String, Object>>) post("/api/institutions/" + institution + "/decision-units", buyer,
                Map.of("name", "Imprimerie", "categories", List.of("82120000"))).get("decisionUnits")).stream()
                .filter(u -> "Imprimerie".equals(u.get("name"))).findFirst().orElseThrow().get("id");
        Map<String, Object> retired = post(units() + "/" + unit + "/retire", buyer, "");
        assertThat(retired).containsEntry("retiredOn", LocalDate.now(ZoneId.of("America/Montreal")).toString());
        assertProblem(409, "retiredOn", () -> post(units() + "/" + unit + "/retire", buyer, ""));
        assertProblem(409, "retiredOn", () -> put(units() + "/" + unit, buyer, Map.of("name", "Imprimerie 2")));

        Map<String, Object> shown = http.toBlocking().retrieve(HttpRequest.GET("/api/institutions/" + institution), JSON);
        assertThat(unitNames(shown)).doesNotContain("Imprimerie");
        assertThat((List<String>) shown.get("categories")).doesNotContain("82120000");
        assertThat((List<Map<String, Object>>) get(units(), buyer).get("items"))
                .anySatisfy(u -> assertThat(u).containsEntry("id", unit).containsEntry("retiredOn", retired.get("retiredOn")));
        // consumers keep its name for what it bought and are told nothing new may name it
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat((List<Map<String, Object>>) lastEvent().get("decisionUnits"))
                .anySatisfy(u -> assertThat(u).containsEntry("id", unit).containsEntry("retired", true)));
        assertProblem(400, "decisionUnitId", () -> post("/api/organizations/" + institution + "/people", buyer,
                Map.of("name", "Jeanne Imprimeur", "decisionUnitId", unit)));
    }

    private String units() {
        return "/api/institutions/" + institution + "/decision-units";
    }

    private String buyerOf(String organization) {
        String email = "a" + UUID.randomUUID().toString().substring(0, 8) + "@test.maillage";
        post("/api/accounts", coordinator, Map.of("email", email, "password", "Acheteur-Mot-1", "role", "BUYER",
                "organizationId", organization, "pilots", List.of(pilot)));
        return (String) SignedIn.login(http, email, "Acheteur-Mot-1").get("accessToken");
    }

    private Map<String, Object> lastEvent() {
        var all = TestEvents.readAll(service.kafkaBootstrapServers(), service.topicPrefix() + DirectoryTopics.ORGANIZATIONS, 1).stream()
                .filter(r -> institution.equals(r.key())).toList();
        try {
            return json.readValue(all.get(all.size() - 1).value(), JSON);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Object> unitNames(Map<String, Object> organization) {
        return ((List<Map<String, Object>>) organization.get("decisionUnits")).stream().map(u -> u.get("name")).toList();
    }

    private Map<String, Object> get(String path, String token) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token), JSON);
    }

    private Map<String, Object> post(String path, String token, Object body) {
        return http.toBlocking().retrieve(HttpRequest.POST(path, body).bearerAuth(token), JSON);
    }

    private Map<String, Object> put(String path, String token, Object body) {
        return http.toBlocking().retrieve(HttpRequest.PUT(path, body).bearerAuth(token), JSON);
    }

    private static void assertStatus(int status, Executable call) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, call);
        assertThat(e.getStatus().getCode()).isEqualTo(status);
    }

    private static void assertProblem(int status, String field, Executable call) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, call);
        assertThat(e.getStatus().getCode()).isEqualTo(status);
        assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"" + field + "\"");
    }
}
