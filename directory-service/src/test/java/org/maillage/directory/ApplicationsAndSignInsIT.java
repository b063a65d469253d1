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
import org.maillage.directory.api.ApplicationEventTypes;
import org.maillage.directory.api.DirectoryTopics;
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
 * A coordinator refuses an application with a reason (a state of its own, told to the applicant), and sees who has
 * not signed in yet among the accounts it opened. Another pilot's coordinator sees and does none of it.
 */
class ApplicationsAndSignInsIT extends DirectoryServiceIT {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    private static final String PASSWORD = "Candidature-Essai-1";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ObjectMapper json;

    private String coordinator;
    private String pilot;
    /** Coordinates another pilot only. */
    private String outsider;

    @BeforeAll
    void pilots() {
        coordinator = SignedIn.coordinatorToken(http);
        pilot = pilot("Pilote des candidatures");
        String other = pilot("Autre pilote");
        // a new token names the pilots created since
        coordinator = SignedIn.coordinatorToken(http);
        Map<String, Object> account = send(coordinator, HttpRequest.POST("/api/accounts", Map.of("email", "autre-" + UUID.randomUUID()
                + "@test.maillage", "password", PASSWORD, "role", "COORDINATOR", "pilots", List.of(other))));
        outsider = login((String) account.get("email"));
    }

    @Test
    void aRefusedApplicationKeepsItsReasonIsNotADeactivationAndTheApplicantIsToldInItsLanguage() throws IOException {
        String applied = apply("Traiteur candidat", "Candidat@Exemple.ORG", "en");
        String silent = apply("Candidat sans adresse", null, null);

        // a reason is required and bounded, and named when missing
        assertProblem(400, "reason", () -> send(coordinator, HttpRequest.POST("/api/organizations/" + applied + "/refuse", Map.of("reason", " "))));
        assertProblem(400, "reason", () -> send(coordinator, HttpRequest.POST("/api/organizations/" + applied + "/refuse",
                Map.of("reason", "x".repeat(2001)))));
        // another pilot's coordinator may not refuse it (to it the application does not exist) nor read the list
        assertStatus(404, () -> send(outsider, HttpRequest.POST("/api/organizations/" + applied + "/refuse", Map.of("reason", "Non"))));
        assertStatus(403, () -> send(outsider, HttpRequest.GET("/api/pilots/" + pilot + "/applications")));

        Map<String, Object> refused = send(coordinator, HttpRequest.POST("/api/organizations/" + applied + "/refuse",
                Map.of("reason", "  Not a social-economy enterprise (no NEQ of a co-operative or non-profit).  ")));
        assertThat(refused).containsEntry("status", "REFUSED");
        // refused once: neither refused again, nor approved, nor reactivated as if it had been deactivated
        assertStatus(409, () -> send(coordinator, HttpRequest.POST("/api/organizations/" + applied + "/refuse", Map.of("reason", "encore"))));
        assertStatus(409, () -> send(coordinator, HttpRequest.POST("/api/organizations/" + applied + "/approve", "")));
        assertStatus(409, () -> send(coordinator, HttpRequest.POST("/api/organizations/" + applied + "/reactivate", "")));
        send(coordinator, HttpRequest.POST("/api/organizations/" + silent + "/refuse", Map.of("reason", "Hors région")));

        Map<String, Object> page = send(coordinator, HttpRequest.GET("/api/pilots/" + pilot + "/applications"));
        assertThat(page).containsOnlyKeys("items", "next").containsEntry("next", null);
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        assertThat(items).filteredOn(a -> applied.equals(a.get("organizationId"))).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("status", "REFUSED").containsEntry("contactEmail", "candidat@exemple.org").containsEntry("language", "en")
                .containsEntry("refusalReason", "Not a social-economy enterprise (no NEQ of a co-operative or non-profit).")
                .containsKey("refusedAt"));
        // its coordinators see the profile refused, but never the reason nor the address there; no one else sees it (issue 26)
        String shown = http.toBlocking().retrieve(HttpRequest.GET("/api/enterprises/" + applied).bearerAuth(coordinator));
        assertThat(shown).contains("\"status\":\"REFUSED\"").doesNotContain("social-economy enterprise (no NEQ").doesNotContain("candidat@");
        assertStatus(404, () -> http.toBlocking().retrieve(HttpRequest.GET("/api/enterprises/" + applied)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(refusals()).anySatisfy(e -> {
            assertThat(e.key()).isEqualTo(applied);
            assertThat(TestEvents.header(e, "ce_type")).isEqualTo(ApplicationEventTypes.REFUSED_V1);
            assertThat(parse(e.value())).containsEntry("contactEmail", "candidat@exemple.org").containsEntry("language", "en")
                    .containsEntry("name", "Traiteur candidat").containsEntry("pilots", List.of(pilot))
                    .containsEntry("reason", "Not a social-economy enterprise (no NEQ of a co-operative or non-profit).");
        }));
    }

    /**
     * Issue 26, item 3: only members of a pilot are public. An application, pending or refused, is seen by its own accounts
     * and its pilot's coordinators alone; to the public and to other organizations it does not exist (404), by URL, in the
     * pilot's members and counts, or through its people, and a coordinator of another pilot learns nothing of it either.
     */
    @Test
    @SuppressWarnings("unchecked")
    void anApplicationPendingOrRefusedIsSeenOnlyByItselfAndItsPilotsCoordinators() {
        String pending = apply("Candidat en attente " + UUID.randomUUID(), "attente@exemple.org", "fr");
        String refused = apply("Candidat refusé " + UUID.randomUUID(), null, null);
        send(coordinator, HttpRequest.POST("/api/organizations/" + refused + "/refuse", Map.of("reason", "Hors mandat")));
        String member = (String) send(coordinator, HttpRequest.POST("/api/enterprises", Map.of("legalName", "Coop membre",
                "neq", newNeq(), "pilotId", pilot))).get("id");
        String memberToken = login((String) openAccount(member).get("email"));
        String applicantToken = login((String) openAccount(pending).get("email"));

        for (String application : List.of(pending, refused)) {
            assertStatus(404, () -> http.toBlocking().retrieve(HttpRequest.GET("/api/enterprises/" + application)));
            assertStatus(404, () -> send(memberToken, HttpRequest.GET("/api/enterprises/" + application)));
            assertStatus(404, () -> send(outsider, HttpRequest.GET("/api/enterprises/" + application)));
            assertStatus(404, () -> send(memberToken, HttpRequest.GET("/api/organizations/" + application + "/people")));
            assertStatus(404, () -> send(outsider, HttpRequest.POST("/api/organizations/" + application + "/approve", "")));
            assertThat(send(coordinator, HttpRequest.GET("/api/enterprises/" + application))).containsEntry("id", application);
        }
        assertThat(send(applicantToken, HttpRequest.GET("/api/enterprises/" + pending))).containsEntry("status", "PENDING");
        // an applicant takes part in no pilot yet: it reads no member's people
        assertStatus(403, () -> send(applicantToken, HttpRequest.GET("/api/organizations/" + member + "/people")));
        List<String> members = ((List<Map<String, Object>>) http.toBlocking().retrieve(HttpRequest.GET("/api/pilots/" + pilot + "/members?limit=100"),
                JSON).get("items")).stream().map(m -> (String) m.get("organizationId")).toList();
        assertThat(members).contains(member).doesNotContain(pending, refused);
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/pilots/" + pilot), JSON).get("memberCount")).isEqualTo(members.size());
        // the NEQ stays taken, but whose it is is not said
        String neq = (String) send(coordinator, HttpRequest.GET("/api/enterprises/" + pending)).get("neq");
        HttpClientResponseException taken = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().retrieve(
                HttpRequest.POST("/api/enterprises/applications", Map.of("legalName", "Autre", "neq", neq, "pilotId", pilot))
                        .header("X-Forwarded-For", "198.51.100.7"), JSON));
        assertThat(taken.getStatus().getCode()).isEqualTo(409);
        assertThat(taken.getResponse().getBody(String.class).orElseThrow()).doesNotContain("Candidat en attente").doesNotContain(pending);

        send(coordinator, HttpRequest.POST("/api/organizations/" + pending + "/approve", ""));
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/enterprises/" + pending), JSON)).containsEntry("status", "ACTIVE");
        assertThat(((List<Map<String, Object>>) http.toBlocking().retrieve(HttpRequest.GET("/api/pilots/" + pilot + "/members?limit=100"),
                JSON).get("items"))).extracting(m -> m.get("organizationId")).contains(pending);
    }

    @Test
    void theApplicationListPagesWithAnOpaqueCursor() {
        String first = apply("AAA candidat en attente " + UUID.randomUUID(), null, "fr");
        apply("AAB candidat en attente " + UUID.randomUUID(), null, "fr");
        Map<String, Object> one = send(coordinator, HttpRequest.GET("/api/pilots/" + pilot + "/applications?limit=1"));
        assertThat((List<?>) one.get("items")).hasSize(1);
        assertThat(one.get("next")).isNotNull();
        Map<String, Object> two = send(coordinator, HttpRequest.GET("/api/pilots/" + pilot + "/applications?limit=1&cursor=" + one.get("next")));
        assertThat((List<Map<String, Object>>) two.get("items")).noneMatch(a -> a.get("organizationId").equals(
                ((List<Map<String, Object>>) one.get("items")).get(0).get("organizationId")));
        assertThat(first).isNotNull();
        assertProblem(400, "limit", () -> send(coordinator, HttpRequest.GET("/api/pilots/" + pilot + "/applications?limit=0")));
    }

    @Test
    void theCoordinatorSeesWhoHasNotSignedInYetUntilTheyDo() {
        String enterprise = (String) send(coordinator, HttpRequest.POST("/api/enterprises", Map.of("legalName", "Coop des comptes",
                "neq", newNeq(), "pilotId", pilot))).get("id");
        Map<String, Object> early = openAccount(enterprise);
        Map<String, Object> late = openAccount(enterprise);

        List<Map<String, Object>> waiting = neverSignedIn(coordinator);
        assertThat(waiting).extracting(a -> a.get("id")).contains(early.get("id"), late.get("id"));
        assertThat(waiting).filteredOn(a -> a.get("id").equals(early.get("id"))).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("email", early.get("email")).containsEntry("role", "SUPPLIER")
                .containsEntry("organizationId", enterprise).containsEntry("organizationName", "Coop des comptes")
                .containsKey("invitedAt"));
        // a coordinator of itself is not listed: only the accounts of members
        assertThat(waiting).noneMatch(a -> "COORDINATOR".equals(a.get("role")));

        login((String) early.get("email"));
        assertThat(neverSignedIn(coordinator)).extracting(a -> a.get("id")).doesNotContain(early.get("id")).contains(late.get("id"));
        // a wrong password is not a sign-in
        assertStatus(401, () -> SignedIn.login(http, (String) late.get("email"), "pas le bon mot de passe"));
        assertThat(neverSignedIn(coordinator)).extracting(a -> a.get("id")).contains(late.get("id"));

        assertStatus(403, () -> send(outsider, HttpRequest.GET("/api/pilots/" + pilot + "/accounts/never-signed-in")));
        assertStatus(404, () -> send(coordinator, HttpRequest.GET("/api/pilots/" + UUID.randomUUID() + "/accounts/never-signed-in")));
    }

    // ---- helpers ----

    private String apply(String name, String email, String language) {
        String neq = newNeq();
        Map<String, Object> form = new HashMap<>(Map.of("legalName", name, "neq", neq, "pilotId", pilot));
        if (email != null) {
            form.put("contactEmail", email);
        }
        if (language != null) {
            form.put("contactLanguage", language);
        }
        // each application from its own address: the anonymous quota counts per address
        return (String) http.toBlocking().retrieve(HttpRequest.POST("/api/enterprises/applications", form)
                .header("X-Forwarded-For", "192.0.2." + (Long.parseLong(neq) % 250)), JSON).get("id");
    }

    private List<Map<String, Object>> neverSignedIn(String token) {
        Map<String, Object> page = send(token, HttpRequest.GET("/api/pilots/" + pilot + "/accounts/never-signed-in?limit=100"));
        assertThat(page).containsOnlyKeys("items", "next");
        return (List<Map<String, Object>>) page.get("items");
    }

    private Map<String, Object> openAccount(String organization) {
        return send(coordinator, HttpRequest.POST("/api/accounts", Map.of("email", "c" + UUID.randomUUID().toString().substring(0, 8)
                + "@test.maillage", "password", PASSWORD, "role", "SUPPLIER", "organizationId", organization, "pilots", List.of(pilot))));
    }

    private String pilot(String name) {
        return (String) send(coordinator, HttpRequest.POST("/api/pilots", Map.of("name", name, "region", "05", "startsOn", "2020-01-01",
                "endsOn", "2021-12-31", "coordinatingOrganization", "Comité " + name))).get("id");
    }

    private String login(String email) {
        return (String) SignedIn.login(http, email, PASSWORD).get("accessToken");
    }

    private Map<String, Object> send(String token, MutableHttpRequest<?> request) {
        return http.toBlocking().retrieve(request.bearerAuth(token), JSON);
    }

    private List<ConsumerRecord<String, byte[]>> refusals() {
        return TestEvents.readAll(service.kafkaBootstrapServers(), service.topicPrefix() + DirectoryTopics.APPLICATIONS, 1);
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
