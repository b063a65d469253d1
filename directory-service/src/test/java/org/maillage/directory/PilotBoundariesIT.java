package org.maillage.directory;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.directory.api.OrganizationEventTypes;
import org.maillage.testkit.Listings;
import org.maillage.testkit.TestEvents;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A coordinator reaches only what lies wholly inside the pilots it runs: the accounts it opens and
 * manages, the organizations it edits or deactivates. An organization of another pilot joins only by
 * accepting an invitation itself. Played with real sign-ins: the coordinator of pilot A (who also runs
 * B, the bootstrap coordinator), and a coordinator of pilot B only.
 */
class PilotBoundariesIT extends DirectoryServiceIT {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    private static final String PASSWORD = "Frontieres-Essai-1";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ObjectMapper json;

    private String pilotA;
    private String pilotB;
    /** Runs both pilots. */
    private String both;
    /** Runs pilot B only. */
    private String coordinatorB;
    private String coordinatorBId;

    @BeforeAll
    void twoPilots() {
        String bootstrap = SignedIn.coordinatorToken(http);
        pilotA = pilot(bootstrap, "Pilote A");
        pilotB = pilot(bootstrap, "Pilote B");
        both = SignedIn.coordinatorToken(http);
        Map<String, Object> b = openAccount(both, "COORDINATOR", null, pilotB);
        coordinatorBId = (String) b.get("id");
        coordinatorB = login((String) b.get("email"));
    }

    @Test
    void aCoordinatorOpensAccountsOnlyForMembersOfItsOwnPilotsAndOnlyInThem() {
        String enterpriseOfA = enterprise(both, pilotA, "Traiteur du pilote A");
        String institutionOfA = (String) post(both, "/api/institutions", Map.of("name", "Hôpital du pilote A",
                "institutionType", "HEALTH_SOCIAL_SERVICES", "pilotId", pilotA,
                "decisionUnits", List.of(Map.of("name", "Approvisionnement")))).get("id");
        String institutionOfB = (String) post(both, "/api/institutions", Map.of("name", "Cégep du pilote B",
                "institutionType", "COLLEGE", "pilotId", pilotB, "decisionUnits", List.of(Map.of("name", "Achats")))).get("id");
        String unitOfA = unitOf(institutionOfA);

        // the attack: B's coordinator names its own pilot B to open an account for A's enterprise
        assertProblem(403, "pilots", () -> send(coordinatorB, HttpRequest.POST("/api/accounts",
                accountRequest("SUPPLIER", enterpriseOfA, pilotB, null))));
        // even the coordinator of both pilots opens it only in the pilots the enterprise takes part in
        assertProblem(403, "pilots", () -> send(both, HttpRequest.POST("/api/accounts", accountRequest("SUPPLIER", enterpriseOfA, pilotB, null))));
        // a decision unit of another institution
        assertProblem(400, "decisionUnitId", () -> send(coordinatorB, HttpRequest.POST("/api/accounts",
                accountRequest("BUYER", institutionOfB, pilotB, unitOfA))));

        assertThat(openAccount(both, "SUPPLIER", enterpriseOfA, pilotA)).containsEntry("organizationId", enterpriseOfA);
        assertThat(openAccountWithUnit(both, "BUYER", institutionOfA, pilotA, unitOfA)).containsEntry("decisionUnitId", unitOfA);
        assertThat(openAccountWithUnit(coordinatorB, "BUYER", institutionOfB, pilotB, unitOf(institutionOfB))).containsEntry("organizationId", institutionOfB);
    }

    @Test
    void anOrganizationOfAnotherPilotJoinsOnlyByAcceptingAnInvitationAndStaysOutOfReachOfCoordinatorsOfOnePilot() throws IOException {
        Map<String, Object> form = enterpriseForm(pilotA, "Menuiserie du pilote A");
        String enterprise = (String) post(both, "/api/enterprises", form).get("id");
        String ownAccount = login((String) openAccount(both, "SUPPLIER", enterprise, pilotA).get("email"));
        String otherSupplier = login((String) openAccount(both, "SUPPLIER", enterprise(both, pilotA, "Autre fournisseur"), pilotA).get("email"));

        // the old way in is gone (no such route: refused); the spreadsheet import only invites
        HttpClientResponseException direct = assertThrows(HttpClientResponseException.class, () -> send(coordinatorB,
                HttpRequest.POST("/api/pilots/" + pilotB + "/members", Map.of("organizationId", enterprise))));
        assertThat(direct.getStatus().getCode()).isIn(403, 404, 405);
        String csv = "Nom;NEQ;Catégories;Régions\nMenuiserie du pilote A;" + form.get("neq") + ";90100000;05\n";
        Map<String, Object> imported = send(coordinatorB, HttpRequest.POST("/api/pilots/" + pilotB + "/imports/enterprises", csv)
                .contentType("text/csv"));
        assertThat(imported).containsEntry("created", 0).containsEntry("invited", 1);
        assertThat(pilotsOf(enterprise)).containsExactly(pilotA);
        // B's coordinator cannot rename, deactivate or add people to A's enterprise
        Map<String, Object> renamed = new HashMap<>(form);
        renamed.put("legalName", "Nom volé");
        assertStatus(403, () -> send(coordinatorB, HttpRequest.PUT("/api/enterprises/" + enterprise, renamed)));
        assertStatus(403, () -> send(coordinatorB, HttpRequest.POST("/api/organizations/" + enterprise + "/deactivate", "")));

        // the invitation is the enterprise's to answer: seen by its own account, not by another enterprise's
        List<Map<String, Object>> pending = Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/organizations/" + enterprise + "/invitations")
                .bearerAuth(ownAccount), JSON));
        assertThat(pending).singleElement().satisfies(i -> assertThat(i).containsEntry("pilotId", pilotB).containsEntry("status", "PENDING"));
        String invitation = (String) pending.get(0).get("id");
        String accept = "/api/pilots/" + pilotB + "/invitations/" + invitation + "/accept";
        assertThat(Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/organizations/" + enterprise + "/invitations")
                .bearerAuth(otherSupplier), JSON))).isEmpty();
        assertStatus(404, () -> send(otherSupplier, HttpRequest.POST(accept, "")));
        assertStatus(403, () -> send(coordinatorB, HttpRequest.POST(accept, "")));
        assertThat(pilotsOf(enterprise)).containsExactly(pilotA);

        Map<String, Object> joined = send(ownAccount, HttpRequest.POST(accept, ""));
        assertThat(((List<Map<String, Object>>) joined.get("pilots")).stream().map(m -> m.get("pilotId")).toList())
                .containsExactlyInAnyOrder(pilotA, pilotB);
        assertStatus(409, () -> send(ownAccount, HttpRequest.POST(accept, "")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(lastEvent(enterprise)).satisfies(e -> {
            assertThat(TestEvents.header(e, "ce_type")).isEqualTo(OrganizationEventTypes.UPDATED_V1);
            assertThat((List<String>) parse(e.value()).get("pilots")).containsExactlyInAnyOrder(pilotA, pilotB);
        }));

        // a member of both now: B's coordinator still does not run all of its pilots
        assertProblem(403, "organizationId", () -> send(coordinatorB, HttpRequest.POST("/api/accounts",
                accountRequest("SUPPLIER", enterprise, pilotB, null))));
        assertStatus(403, () -> send(coordinatorB, HttpRequest.PUT("/api/enterprises/" + enterprise, withPilot(renamed, pilotB))));
        assertStatus(403, () -> send(coordinatorB, HttpRequest.POST("/api/organizations/" + enterprise + "/deactivate", "")));
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/enterprises/" + enterprise), JSON))
                .containsEntry("legalName", "Menuiserie du pilote A").containsEntry("status", "ACTIVE");

        // the coordinator of both deactivates it, and can undo that
        assertThat(send(both, HttpRequest.POST("/api/organizations/" + enterprise + "/deactivate", ""))).containsEntry("status", "INACTIVE");
        assertStatus(403, () -> send(coordinatorB, HttpRequest.POST("/api/organizations/" + enterprise + "/reactivate", "")));
        assertThat(send(both, HttpRequest.POST("/api/organizations/" + enterprise + "/reactivate", ""))).containsEntry("status", "ACTIVE");
        assertStatus(409, () -> send(both, HttpRequest.POST("/api/organizations/" + enterprise + "/reactivate", "")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(parse(lastEvent(enterprise).value()))
                .containsEntry("status", "ACTIVE"));
    }

    @Test
    void anInvitationCanBeDeclinedAndOnlyTheInvitingPilotsCoordinatorInvites() {
        String enterprise = enterprise(both, pilotA, "Buanderie du pilote A");
        String own = login((String) openAccount(both, "SUPPLIER", enterprise, pilotA).get("email"));
        String outsider = login((String) openAccount(coordinatorB, "COORDINATOR", null, pilotB).get("email"));

        assertStatus(403, () -> send(coordinatorB, HttpRequest.POST("/api/pilots/" + pilotA + "/invitations", Map.of("organizationId", enterprise))));
        assertProblem(409, "organizationId", () -> send(both, HttpRequest.POST("/api/pilots/" + pilotA + "/invitations",
                Map.of("organizationId", enterprise))));
        Map<String, Object> invitation = send(outsider, HttpRequest.POST("/api/pilots/" + pilotB + "/invitations", Map.of("organizationId", enterprise)));
        assertProblem(409, "organizationId", () -> send(coordinatorB, HttpRequest.POST("/api/pilots/" + pilotB + "/invitations",
                Map.of("organizationId", enterprise))));

        Map<String, Object> declined = send(own, HttpRequest.POST("/api/pilots/" + pilotB + "/invitations/" + invitation.get("id") + "/decline", ""));
        assertThat(declined).containsEntry("status", "DECLINED");
        assertThat(pilotsOf(enterprise)).containsExactly(pilotA);
        assertThat(Listings.items(http.toBlocking().retrieve(HttpRequest.GET("/api/organizations/" + enterprise + "/invitations").bearerAuth(own),
                JSON))).isEmpty();
    }

    @Test
    void aCoordinatorManagesOnlyAccountsWhollyInsideItsPilotsAndNeverResetsAnotherCoordinatorsPassword() {
        Map<String, Object> coordinatorOfBoth = openAccount(both, "COORDINATOR", null, pilotA, pilotB);
        Map<String, Object> anotherOfB = openAccount(both, "COORDINATOR", null, pilotB);
        String enterpriseOfB = enterprise(both, pilotB, "Fournisseur du pilote B");
        Map<String, Object> supplierOfB = openAccount(coordinatorB, "SUPPLIER", enterpriseOfB, pilotB);

        // the attack: B's coordinator takes over a coordinator of A and B through their shared pilot B
        assertStatus(404, () -> send(coordinatorB, HttpRequest.POST("/api/accounts/" + coordinatorOfBoth.get("id") + "/password-reset", "")));
        assertStatus(404, () -> send(coordinatorB, HttpRequest.GET("/api/accounts/" + coordinatorOfBoth.get("id"))));
        // a coordinator of B only: still another coordinator
        assertStatus(403, () -> send(coordinatorB, HttpRequest.POST("/api/accounts/" + anotherOfB.get("id") + "/password-reset", "")));
        assertStatus(403, () -> send(both, HttpRequest.POST("/api/accounts/" + coordinatorBId + "/password-reset", "")));

        assertThat(send(coordinatorB, HttpRequest.GET("/api/accounts/" + anotherOfB.get("id")))).containsEntry("role", "COORDINATOR");
        assertThat(send(coordinatorB, HttpRequest.POST("/api/accounts/" + supplierOfB.get("id") + "/password-reset", "")))
                .containsKey("token");
    }

    // ---- helpers ----

    private String pilot(String token, String name) {
        return (String) post(token, "/api/pilots", Map.of("name", name, "region", "05", "startsOn", "2020-01-01",
                "endsOn", "2021-12-31", "coordinatingOrganization", "Comité " + name)).get("id");
    }

    private String enterprise(String token, String pilot, String name) {
        return (String) post(token, "/api/enterprises", enterpriseForm(pilot, name)).get("id");
    }

    private static Map<String, Object> enterpriseForm(String pilot, String name) {
        return new HashMap<>(Map.of("legalName", name, "neq", newNeq(), "categories", List.of("90100000"),
                "regions", List.of("05"), "pilotId", pilot));
    }

    private static Map<String, Object> withPilot(Map<String, Object> form, String pilot) {
        Map<String, Object> copy = new HashMap<>(form);
        copy.put("pilotId", pilot);
        return copy;
    }

    private String unitOf(String institution) {
        Map<String, Object> shown = http.toBlocking().retrieve(HttpRequest.GET("/api/institutions/" + institution), JSON);
        return (String) ((List<Map<String, Object>>) shown.get("decisionUnits")).get(0).get("id");
    }

    private List<String> pilotsOf(String organization) {
        Map<String, Object> shown = http.toBlocking().retrieve(HttpRequest.GET("/api/enterprises/" + organization), JSON);
        return ((List<Map<String, Object>>) shown.get("pilots")).stream().map(m -> (String) m.get("pilotId")).toList();
    }

    private Map<String, Object> openAccount(String token, String role, String organization, String... pilots) {
        return send(token, HttpRequest.POST("/api/accounts", accountRequest(role, organization, List.of(pilots), null)));
    }

    private Map<String, Object> openAccountWithUnit(String token, String role, String organization, String pilot, String unit) {
        return send(token, HttpRequest.POST("/api/accounts", accountRequest(role, organization, pilot, unit)));
    }

    private static Map<String, Object> accountRequest(String role, String organization, String pilot, String unit) {
        return accountRequest(role, organization, List.of(pilot), unit);
    }

    private static Map<String, Object> accountRequest(String role, String organization, List<String> pilots, String unit) {
        Map<String, Object> body = new HashMap<>(Map.of("email", "b" + UUID.randomUUID().toString().substring(0, 8) + "@test.maillage",
                "password", PASSWORD, "role", role, "pilots", pilots));
        if (organization != null) {
            body.put("organizationId", organization);
        }
        if (unit != null) {
            body.put("decisionUnitId", unit);
        }
        return body;
    }

    private String login(String email) {
        return (String) SignedIn.login(http, email, PASSWORD).get("accessToken");
    }

    private Map<String, Object> post(String token, String path, Object body) {
        return send(token, HttpRequest.POST(path, body));
    }

    private Map<String, Object> send(String token, MutableHttpRequest<?> request) {
        return http.toBlocking().retrieve(request.bearerAuth(token), JSON);
    }

    private ConsumerRecord<String, byte[]> lastEvent(String key) {
        List<ConsumerRecord<String, byte[]>> all = TestEvents.readAll(service.kafkaBootstrapServers(),
                service.topicPrefix() + DirectoryTopics.ORGANIZATIONS, 1).stream().filter(r -> key.equals(r.key())).toList();
        return all.get(all.size() - 1);
    }

    private Map<String, Object> parse(byte[] value) {
        try {
            return json.readValue(value, JSON);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertStatus(int status, org.junit.jupiter.api.function.Executable call) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, call);
        assertThat(e.getStatus().getCode()).isEqualTo(status);
    }

    private static void assertProblem(int status, String field, org.junit.jupiter.api.function.Executable call) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, call);
        assertThat(e.getStatus().getCode()).isEqualTo(status);
        assertThat(e.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"" + field + "\"");
    }
}
