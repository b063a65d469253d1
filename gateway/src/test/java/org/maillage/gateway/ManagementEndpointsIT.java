package org.maillage.gateway;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillage.testkit.TestInfrastructure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The public port tells only whether the platform is up; metrics and details are on the management port only. */
/*
 * Not the module's shared gateway (NoServiceGatewayIT): it starts its gateway in front of a fake service of its own, on
 * a management port of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagementEndpointsIT {

    private final int managementPort = TestInfrastructure.freePort();
    private FakeService service;
    private EmbeddedServer gateway;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        service = new FakeService(java.time.Duration.ZERO);
        gateway = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", "-1",
                "endpoints.all.port", String.valueOf(managementPort),
                "maillage.routes.directory", service.url(), "maillage.routes.contracts", service.url(),
                "maillage.routes.reporting", service.url()), "test");
    }

    @AfterAll
    void stop() {
        gateway.close();
        service.close();
    }

    @Test
    void thePublicHealthIsAStatusAndNothingElse() throws Exception {
        HttpResponse<String> health = get(gateway.getURL() + "/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void metricsAndDetailsAnswerOnlyOnTheManagementPort() throws Exception {
        for (String endpoint : List.of("/prometheus", "/beans", "/routes", "/threaddump", "/env", "/loggers", "/info", "/metrics")) {
            assertThat(get(gateway.getURL() + endpoint).statusCode()).as(endpoint).isEqualTo(404);
        }
        String management = "http://127.0.0.1:" + managementPort;
        assertThat(get(management + "/prometheus").body()).contains("jvm_memory_used_bytes");
        assertThat(get(management + "/health").body()).contains("\"directory\":\"UP\"").contains("diskSpace");
        for (String unneeded : List.of("/beans", "/routes", "/threaddump", "/env", "/loggers")) {
            assertThat(get(management + unneeded).statusCode()).as(unneeded).isEqualTo(404);
        }
        assertThat(get(management + "/api/docs/openapi.json").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
