package org.maillage.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.devstack.ApiClient;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.directory.api.OrganizationEventTypes;
import org.maillage.testkit.TestEvents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory as its users meet it, through the gateway only: a coordinator registers an enterprise and
 * another applies and is approved; anyone finds them in French or English, with or without accents, with
 * filters and facets; a coordinator's spreadsheet is checked, refused, fixed and imported once; bad input
 * names its field; people are seen only when signed in; a deactivated enterprise leaves the search; and
 * every change is on the directory's topic.
 */
class DirectorySystemIT extends PlatformSystemTest {

    private static OwnPilot own;
    private static String pilot;
    private static final String CSV_HEADER = "\uFEFFNom;NEQ;Forme juridique;Catégories;Régions;Mission\n";
    private static final String CSV_WITH_ERRORS = CSV_HEADER
            + "Coop Couture Solidaire;1170000011;WORKER_COOP;53100000;06;Couture et retouches\n"
            + "Imprimerie Entraide Nord;12345;NON_PROFIT;82120000;06;Impression\n"
            + "Recyclage Informatique Est;1170000013;WORK_INTEGRATION;99999999;18;Recyclage d'ordinateurs\n";
    private static final String CSV_FIXED = CSV_HEADER
            + "Coop Couture Solidaire;1170000011;WORKER_COOP;53100000;06;Couture et retouches\n"
            + "Imprimerie Entraide Nord;1170000012;NON_PROFIT;82120000;06;Impression\n"
            + "Recyclage Informatique Est;1170000013;WORK_INTEGRATION;43210000;06|13;Recyclage d'ordinateurs\n";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A pilot of its own: what its searches find, and its member count, are only what this test made. */
    @BeforeAll
    static void ownPilot() {
        own = OwnPilot.create(platform, gateway, "Pilote de l'annuaire");
        pilot = own.id();
    }

    @Test
    void registerApplyApproveSearchImportAndDeactivate() {
        String coordinator = own.coordinator();
        Map<String, Object> caterer = enterprise("Coopérative Économie Verte Traiteurs", "1170000001", "WORKER_COOP", "90100000", "06");
        caterer.put("missionFr", "Traiteur d'économie sociale qui forme des jeunes en cuisine");
        caterer.put("missionEn", "Social economy caterer training young cooks");
        assertThat(gateway.post("/api/enterprises", caterer, null).status()).isEqualTo(401);
        JsonNode registered = gateway.post("/api/enterprises", caterer, coordinator).ok();
        String catererId = registered.path("id").asText();
        assertThat(registered.path("status").asText()).isEqualTo("ACTIVE");

        // an enterprise applies on its own and waits for a coordinator of the pilot
        Map<String, Object> mover = enterprise("Déménagement Solidaire de l'Est", "1170000002", "NON_PROFIT", "78120000", "13");
        mover.put("missionEn", "Moving services by a work-integration team");
        JsonNode applied = gateway.post("/api/enterprises/applications", mover, null).ok();
        String moverId = applied.path("id").asText();
        assertThat(applied.path("status").asText()).isEqualTo("PENDING");
        assertThat(search("q=demenagement&pilot=" + pilot).path("total").asInt()).isZero();
        assertThat(gateway.post("/api/organizations/" + moverId + "/approve", "", null).status()).isEqualTo(401);
        assertThat(gateway.post("/api/organizations/" + moverId + "/approve", "", coordinator).ok().path("status").asText())
                .isEqualTo("ACTIVE");

        // anyone searches, in French or English, accents and case ignored, words stemmed
        assertThat(names(search("q=economie&pilot=" + pilot))).containsExactly("Coopérative Économie Verte Traiteurs");
        assertThat(names(search("q=TRAITEUR&pilot=" + pilot))).containsExactly("Coopérative Économie Verte Traiteurs");
        assertThat(names(search("q=caterers&pilot=" + pilot))).containsExactly("Coopérative Économie Verte Traiteurs");
        assertThat(names(search("q=d%C3%A9m%C3%A9nagement&pilot=" + pilot))).containsExactly("Déménagement Solidaire de l'Est");
        assertThat(names(search("q=moving&region=13&legalForm=NON_PROFIT&pilot=" + pilot))).containsExactly("Déménagement Solidaire de l'Est");
        assertThat(names(search("q=traiteur&region=13&pilot=" + pilot))).isEmpty();
        JsonNode segment = search("category=90000000&region=06&pilot=" + pilot);
        assertThat(names(segment)).containsExactly("Coopérative Économie Verte Traiteurs");
        assertThat(segment.path("facets").path("categories").get(0).path("code").asText()).isEqualTo("90100000");
        assertThat(gateway.get("/api/organizations?region=18", null).status()).isEqualTo(400);

        // bad input names its field; a duplicate NEQ names the organization that holds it; nothing is written
        Map<String, Object> badNeq = enterprise("NEQ invalide", "0123456789", "WORKER_COOP", "90100000", "06");
        assertProblem(gateway.post("/api/enterprises", badNeq, coordinator), 400, "neq");
        Map<String, Object> badCategory = enterprise("Catégorie inconnue", "1170000003", "WORKER_COOP", "12345678", "06");
        assertProblem(gateway.post("/api/enterprises", badCategory, coordinator), 400, "categories[0]");
        Map<String, Object> duplicate = enterprise("Le même NEQ", "1170000001", "WORKER_COOP", "90100000", "06");
        ApiClient.Reply conflict = gateway.post("/api/enterprises", duplicate, coordinator);
        assertProblem(conflict, 409, "neq");
        assertThat(conflict.raw()).contains(catererId);
        assertThat(search("q=invalide%20or%20inconnue%20or%20neq&pilot=" + pilot).path("total").asInt()).isZero();

        // people: personal details for signed-in participants only
        String people = "/api/organizations/" + catererId + "/people";
        assertProblem(gateway.post(people, Map.of("name", "Julie Tremblay", "email", "pas un courriel"), coordinator), 400, "email");
        assertThat(gateway.post(people, Map.of("name", "Julie Tremblay", "title", "Ventes", "email", "julie@verte.test",
                "preferredLanguage", "fr"), coordinator).status()).isEqualTo(201);
        assertThat(gateway.get(people, null).status()).isEqualTo(401);
        assertThat(gateway.get("/api/enterprises/" + catererId, null).raw()).doesNotContain("julie@verte.test");
        assertThat(gateway.get(people, coordinator).raw()).contains("julie@verte.test");

        // a coordinator's spreadsheet: every bad row reported and nothing written, refused whole, then fixed
        String imports = "/api/pilots/" + pilot + "/imports/enterprises";
        int members = members();
        JsonNode dry = gateway.send("POST", imports + "?dryRun=true", "text/csv", CSV_WITH_ERRORS, coordinator).ok();
        List<String> errors = new ArrayList<>();
        dry.path("errors").forEach(e -> errors.add(e.path("row").asInt() + ":" + e.path("field").asText()));
        assertThat(errors).containsExactly("3:neq", "4:categories", "4:regions");
        assertThat(members()).isEqualTo(members);
        assertProblem(gateway.send("POST", imports, "text/csv", CSV_WITH_ERRORS, coordinator), 422, "categories");
        assertThat(members()).isEqualTo(members);
        assertThat(gateway.send("POST", imports, "text/csv", CSV_FIXED, coordinator).ok().path("created").asInt()).isEqualTo(3);
        JsonNode again = gateway.send("POST", imports, "text/csv", CSV_FIXED, coordinator).ok();
        assertThat(again.path("created").asInt()).isZero();
        assertThat(again.path("unchanged").asInt()).isEqualTo(3);
        assertThat(members()).isEqualTo(members + 3);
        assertThat(names(search("q=recyclage%20informatique&region=13&pilot=" + pilot))).containsExactly("Recyclage Informatique Est");

        // deactivated: out of the search, still shown (contracts refer to it)
        assertThat(gateway.post("/api/organizations/" + moverId + "/deactivate", "", coordinator).ok().path("status").asText())
                .isEqualTo("INACTIVE");
        assertThat(search("q=demenagement&pilot=" + pilot).path("total").asInt()).isZero();
        assertThat(gateway.get("/api/enterprises/" + moverId, null).text("status")).isEqualTo("INACTIVE");

        // the directory's topic tells the other services each change, with what they need
        List<ConsumerRecord<String, byte[]>> events = platform.events(DirectoryTopics.ORGANIZATIONS, 7);
        assertThat(types(events, moverId)).containsExactly(OrganizationEventTypes.REGISTERED_V1, OrganizationEventTypes.UPDATED_V1,
                OrganizationEventTypes.DEACTIVATED_V1);
        assertThat(types(events, catererId)).containsExactly(OrganizationEventTypes.REGISTERED_V1);
        JsonNode deactivated = data(events, moverId).get(2);
        assertThat(deactivated.path("status").asText()).isEqualTo("INACTIVE");
        assertThat(deactivated.path("kind").asText()).isEqualTo("ENTERPRISE");
        assertThat(deactivated.path("name").asText()).isEqualTo("Déménagement Solidaire de l'Est");
        assertThat(deactivated.path("categories").toString()).isEqualTo("[\"78120000\"]");
        assertThat(deactivated.path("regions").toString()).isEqualTo("[\"13\"]");
        assertThat(deactivated.path("pilots").toString()).contains(pilot);
    }

    private static Map<String, Object> enterprise(String name, String neq, String legalForm, String category, String region) {
        return new HashMap<>(Map.of("legalName", name, "neq", neq, "legalForm", legalForm, "categories", List.of(category),
                "regions", List.of(region), "pilotId", pilot));
    }

    private static JsonNode search(String query) {
        return gateway.get("/api/organizations?" + query, null).ok();
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.path("items").forEach(item -> names.add(item.path("name").asText()));
        return names;
    }

    private static int members() {
        return gateway.get("/api/pilots/" + pilot, own.coordinator()).ok().path("memberCount").asInt();
    }

    private static void assertProblem(ApiClient.Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.call()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.raw()).contains("\"field\":\"" + field + "\"").doesNotContain("Exception");
    }

    private static List<String> types(List<ConsumerRecord<String, byte[]>> events, String key) {
        return events.stream().filter(e -> key.equals(e.key())).map(e -> TestEvents.header(e, "ce_type")).toList();
    }

    private static List<JsonNode> data(List<ConsumerRecord<String, byte[]>> events, String key) {
        return events.stream().filter(e -> key.equals(e.key())).map(e -> {
            try {
                return JSON.readTree(e.value());
            } catch (java.io.IOException x) {
                throw new IllegalStateException(x);
            }
        }).toList();
    }
}
