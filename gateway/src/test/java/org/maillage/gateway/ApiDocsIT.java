package org.maillage.gateway;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The merged API description is served from memory: a slow service never holds a request (or the event loop). */
/*
 * Not the module's shared gateway (NoServiceGatewayIT): it starts its gateway in front of a fake service that describes
 * itself slowly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocsIT {

    private FakeService slow;
    private EmbeddedServer gateway;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        slow = new FakeService(Duration.ofMillis(2500));
        gateway = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", "-1",
                "maillage.routes.directory", slow.url(), "maillage.routes.contracts", slow.url(), "maillage.routes.reporting", slow.url()),
                "test");
    }

    @AfterAll
    void stop() {
        gateway.close();
        slow.close();
    }

    @Test
    void theDescriptionAnswersAtOnceWhileServicesAreSlowAndIsCompletedInTheBackground() throws Exception {
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            HttpResponse<String> r = get("/api/docs/openapi.json");
            assertThat(r.statusCode()).isEqualTo(200);
            // three services at 2.5 s each took 7.5 s when fetched on the request's thread
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
            // until the services answer, the document says it is partial and which parts it lacks
            if (!r.body().contains("\"/api/fake\"")) {
                assertThat(r.body()).contains("\"x-missing-services\"", "\"directory\"");
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/docs/openapi.json").body().contains("\"/api/fake\""));
        assertThat(get("/api/docs/openapi.json").body()).contains("\"/api/fake\"").doesNotContain("x-missing-services");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(gateway.getURL() + path)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
