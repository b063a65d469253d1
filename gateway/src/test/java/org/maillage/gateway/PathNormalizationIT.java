package org.maillage.gateway;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in limit holds for every spelling of the sign-in path, and services receive one spelling only. */
/*
 * Not the module's shared gateway (NoServiceGatewayIT): it starts its gateway in front of a fake service that records
 * the paths it receives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PathNormalizationIT {

    private FakeService upstream;
    private EmbeddedServer gateway;
    private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        upstream = new FakeService(Duration.ZERO);
        gateway = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", "-1",
                "maillage.routes.directory", upstream.url(), "maillage.routes.contracts", upstream.url(),
                "maillage.routes.reporting", upstream.url(),
                "maillage.rate-limits.login-per-address-per-minute", "3"), "test");
    }

    @AfterAll
    void stop() {
        gateway.close();
        upstream.close();
    }

    @Test
    void signInsSpelledDifferentlyShareOneLimitAndReachTheServiceNormalized() throws Exception {
        List<String> spellings = List.of("/api/auth/login", "/api/auth/login/", "/api//auth/login", "/api/auth/./login",
                "/api/x/../auth/login", "/api/auth/%6Cogin", "/api/auth%2Flogin");
        List<Integer> statuses = new java.util.ArrayList<>();
        for (String path : spellings) {
            statuses.add(post(path));
        }
        assertThat(statuses).containsExactly(200, 200, 200, 429, 429, 429, 429);
        assertThat(upstream.paths.stream().filter(p -> p.startsWith("/api/")).toList()).containsExactly("/api/auth/login", "/api/auth/login", "/api/auth/login");
    }

    @Test
    void aPathAboveTheRootIsABadRequestProblem() throws Exception {
        HttpResponse<String> r = http.send(java.net.http.HttpRequest.newBuilder(URI.create(gateway.getURL() + "/api/%2e%2e/%2e%2e/etc"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("content-type")).hasValue("application/problem+json");
    }

    private int post(String path) throws Exception {
        return http.send(java.net.http.HttpRequest.newBuilder(URI.create(gateway.getURL() + path))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"email\":\"a@b.c\",\"password\":\"x\"}")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
