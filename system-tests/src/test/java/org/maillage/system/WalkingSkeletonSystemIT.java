package org.maillage.system;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.maillage.testkit.RunningPlatform;
import org.maillage.testkit.TestInfrastructure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The walking skeleton, end to end through the gateway only: an enterprise created in the directory
 * reaches contracts-service's and reporting-service's read models over Kafka and shows in reporting.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkingSkeletonSystemIT extends PlatformSystemTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @Order(1)
    void anEnterpriseCreatedThroughTheGatewayReachesEveryReadModel() throws Exception {
        // a pilot of its own, so that its count of enterprises is this one alone
        OwnPilot own = OwnPilot.create(platform, gateway, "Pilote du squelette");
        assertThat(post("/api/enterprises", "{\"legalName\":\"Sans jeton\",\"neq\":\"1100000001\"}", null).statusCode()).isEqualTo(401);
        HttpResponse<String> created = post("/api/enterprises",
                "{\"legalName\":\"Insertion Verte, entreprise d'insertion\",\"neq\":\"" + OwnPilot.neq() + "\",\"regions\":[\"06\"],\"pilotId\":\"" + own.id() + "\"}",
                own.coordinator());
        assertThat(created.statusCode()).isEqualTo(201);
        String id = field(created.body(), "id");

        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/reports/organizations/" + id).statusCode() == 200);
        assertThat(get("/api/reports/organizations/" + id).body()).contains("Insertion Verte, entreprise d'insertion")
                .contains("\"kind\":\"ENTERPRISE\"");
        assertThat(get("/api/reports/organizations?pilot=" + own.id()).body()).contains("\"enterprises\":1");
        await().atMost(Duration.ofSeconds(30)).until(() -> knownToContracts(id));
        // the public /health says UP and nothing more; each service's state is on the gateway's management port
        assertThat(get("/health").body()).isEqualTo("{\"status\":\"UP\"}");
        HttpResponse<String> detailed = http.send(HttpRequest.newBuilder(URI.create(platform.management("gateway") + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(detailed.body()).contains("\"directory\":\"UP\"").contains("\"reporting\":\"UP\"");
    }

    @Test
    @Order(2)
    void theGatewayServesOneApiDescriptionForAllServicesAndItsUi() throws Exception {
        // services that are still starting are named in x-missing-services until the gateway reads them again
        HttpResponse<String> description = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> get("/api/docs/openapi.json"), r -> r.statusCode() == 200 && !r.body().contains("x-missing-services"));
        assertThat(description.body()).contains("\"/api/enterprises\"").contains("\"/api/auth/login\"")
                .contains("\"/api/reports/organizations\"").contains("\"bearer\"");
        // CI lints this file with Spectral and the OWASP ruleset
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), description.body());
        assertThat(get("/api/docs/index.html").body()).contains("/api/docs/ui/swagger-ui-bundle.js");
        assertThat(get("/api/docs/ui/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
    }

    /** A front (site and gateway) of its own, whose directory is gone (a port nothing listens on): the shared one keeps its services. */
    @Test
    @Order(3)
    void whenAServiceIsDownTheGatewayAnswersWithAProblemAndStaysUp() throws Exception {
        String token = platform.coordinatorToken();
        try (RunningPlatform.Front lone = platform.extraFront("without-directory",
                Map.of("MAILLAGE_ROUTES_DIRECTORY", "http://127.0.0.1:" + TestInfrastructure.freePort()))) {
            String base = lone.url();
            HttpResponse<String> refused = post(base, "/api/enterprises", "{\"legalName\":\"X\",\"neq\":\"1100000009\"}", token);
            assertThat(refused.statusCode()).isEqualTo(502);
            assertThat(refused.headers().firstValue("content-type")).hasValue("application/problem+json");
            assertThat(get(base, "/api/reports/organizations").statusCode()).isEqualTo(200);
            assertThat(get(base, "/health").statusCode()).isEqualTo(503);
        }
    }

    private boolean knownToContracts(String id) throws Exception {
        try (Connection c = platform.database("contracts").connect();
             PreparedStatement ps = c.prepareStatement("select count(*) from known_organization where id = ?::uuid")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(platform.gateway(), path);
    }

    private HttpResponse<String> get(String base, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json, String token) throws Exception {
        return post(platform.gateway(), path, json, token);
    }

    private HttpResponse<String> post(String base, String path, String json, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as("field %s in %s", name, json).isTrue();
        return m.group(1);
    }
}
