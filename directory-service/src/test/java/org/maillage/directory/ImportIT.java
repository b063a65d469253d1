package org.maillage.directory;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A coordinator's spreadsheet: dry run, rejected run, fixed run, and the same file again. */
class ImportIT extends DirectoryServiceIT {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    /** As a spreadsheet program saves it: byte-order mark, semicolons, French column names with accents. */
    private static final String WITH_ERRORS = "\uFEFFNom;NEQ;Forme juridique;Catégories;Régions;Mission\n"
            + "Coop Traiteur Bon Goût;1190000001;WORKER_COOP;90100000;06;Traiteur d'insertion\n"
            + "Imprimerie Entraide;12345;NON_PROFIT;82120000;06;Impression\n"
            + "Déménageurs Unis;1190000003;SOLIDARITY_COOP;99999999;18;Déménagement\n";
    private static final String FIXED = "\uFEFFNom;NEQ;Forme juridique;Catégories;Régions;Mission\n"
            + "Coop Traiteur Bon Goût;1190000001;WORKER_COOP;90100000;06;Traiteur d'insertion\n"
            + "Imprimerie Entraide;1190000002;NON_PROFIT;82120000;06;Impression\n"
            + "Déménageurs Unis;1190000003;SOLIDARITY_COOP;78120000|78130000;06|13;Déménagement\n";

    @Inject
    @Client("/")
    HttpClient http;

    private String coordinator;
    private String pilot;

    @BeforeAll
    void openPilot() {
        pilot = (String) http.toBlocking().retrieve(HttpRequest.POST("/api/pilots", Map.of("name", "Pilote d'importation", "region", "06",
                "startsOn", "2014-01-01", "endsOn", "2014-12-31", "coordinatingOrganization", "CRÉ"))
                .bearerAuth(SignedIn.coordinatorToken(http)), JSON).get("id");
        coordinator = SignedIn.coordinatorToken(http);
    }

    @Test
    void aBadFileIsReportedRowByRowAndNothingIsWrittenThenTheFixedFileImportsOnce() {
        Map<String, Object> dry = importCsv(WITH_ERRORS, true);
        assertThat(dry).containsEntry("dryRun", true).containsEntry("rows", 3).containsEntry("created", 0);
        assertThat((List<Map<String, Object>>) dry.get("errors")).extracting(e -> e.get("row") + ":" + e.get("field"))
                .containsExactly("3:neq", "4:categories", "4:regions");
        assertThat((List<Map<String, Object>>) dry.get("errors")).last().extracting(e -> e.get("message")).asString()
                .contains("unknown code 18");
        assertThat(members()).isZero();

        // a dry run spelled another way is refused, never taken for a real run
        HttpClientResponseException oui = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().retrieve(
                HttpRequest.POST("/api/pilots/" + pilot + "/imports/enterprises?dryRun=oui", FIXED).contentType("text/csv")
                        .bearerAuth(coordinator), JSON));
        assertThat(oui.getStatus().getCode()).isEqualTo(400);
        assertThat(oui.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"dryRun\"");
        assertThat(members()).isZero();

        HttpClientResponseException rejected = assertThrows(HttpClientResponseException.class, () -> importCsv(WITH_ERRORS, false));
        assertThat(rejected.getStatus().getCode()).isEqualTo(422);
        assertThat(rejected.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(rejected.getResponse().getBody(String.class).orElseThrow()).contains("\"row\":4").contains("\"field\":\"categories\"");
        assertThat(members()).isZero();

        assertThat(importCsv(FIXED, true)).containsEntry("created", 3).containsEntry("errors", List.of());
        assertThat(members()).isZero();
        assertThat(importCsv(FIXED, false)).containsEntry("created", 3).containsEntry("unchanged", 0);
        assertThat(importCsv(FIXED, false)).containsEntry("created", 0).containsEntry("unchanged", 3);
        assertThat(members()).isEqualTo(3);
        Map<String, Object> found = http.toBlocking().retrieve(HttpRequest.GET("/api/organizations?q=demenagement&pilot=" + pilot), JSON);
        assertThat((List<Map<String, Object>>) found.get("items")).singleElement()
                .satisfies(o -> assertThat(o).containsEntry("regions", List.of("06", "13")).containsEntry("legalForm", "SOLIDARITY_COOP"));
    }

    /**
     * A cell holding text no JSON string may hold (a NUL: PostgreSQL refused it with a 500) is reported on its row and column,
     * never stored. (Half a surrogate pair cannot arrive in a UTF-8 body: the decoder replaces it.)
     */
    @Test
    @SuppressWarnings("unchecked")
    void aCellWithForbiddenTextIsReportedOnItsRowAndColumnAndNothingIsStored() {
        String csv = "Nom;NEQ;Forme juridique;Catégories;Régions;Mission\n"
                + "Coop\u0000 Nulle;1190000011;WORKER_COOP;90100000;06;Traiteur\n"
                + "Coop Correcte;1190000012;WORKER_COOP;90100000;06;Mission\u0000 coupée\n";
        Map<String, Object> dry = importCsv(csv, true);
        assertThat(dry).containsEntry("rows", 2).containsEntry("created", 0);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) dry.get("errors");
        assertThat(errors).extracting(e -> e.get("row") + ":" + e.get("field")).containsExactly("2:legalName", "3:missionFr");
        assertThat(errors).extracting(e -> (String) e.get("message")).allSatisfy(m -> assertThat(m).contains("not allowed"));

        HttpClientResponseException rejected = assertThrows(HttpClientResponseException.class, () -> importCsv(csv, false));
        assertThat(rejected.getStatus().getCode()).isEqualTo(422);
        assertThat(rejected.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(rejected.getResponse().getBody(String.class).orElseThrow())
                .contains("\"row\":2").contains("\"field\":\"legalName\"").doesNotContain("Nulle").doesNotContain("\\u0000");
        Map<String, Object> found = http.toBlocking().retrieve(HttpRequest.GET("/api/organizations?q=correcte&pilot=" + pilot), JSON);
        assertThat((List<?>) found.get("items")).isEmpty();
    }

    private Map<String, Object> importCsv(String csv, boolean dryRun) {
        return http.toBlocking().retrieve(HttpRequest.POST("/api/pilots/" + pilot + "/imports/enterprises?dryRun=" + dryRun, csv)
                .contentType("text/csv").bearerAuth(coordinator), JSON);
    }

    private int members() {
        return ((Number) http.toBlocking().retrieve(HttpRequest.GET("/api/pilots/" + pilot), JSON).get("memberCount")).intValue();
    }
}
