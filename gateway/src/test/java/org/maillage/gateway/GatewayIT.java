package org.maillage.gateway;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The gateway stays up and answers problem+json when what is behind it is not there. */
class GatewayIT extends NoServiceGatewayIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void aServiceThatIsDownGivesABadGatewayProblem() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(HttpRequest.POST("/api/enterprises", Map.of("legalName", "X")), Map.class));

        assertThat(e.getStatus().getCode()).isEqualTo(502);
        assertThat(e.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        Map<String, Object> problem = e.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElseThrow();
        assertThat(problem).containsEntry("status", 502).containsEntry("instance", "/api/enterprises");
        assertThat((String) problem.get("detail")).contains("directory");
    }

    @Test
    void anUnknownResourceIsNotFound() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(HttpRequest.GET("/api/unknown/1"), Map.class));
        assertThat(e.getStatus().getCode()).isEqualTo(404);
        assertThat(e.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
    }

    @Test
    void healthReportsEachServiceAndTheFrontPageStillAnswers() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(HttpRequest.GET("/health"), Map.class));
        assertThat(e.getStatus().getCode()).isEqualTo(503);
        assertThat(e.getResponse().getBody(String.class).orElseThrow()).isEqualTo("{\"status\":\"DOWN\"}");
        HttpClientResponseException detailed = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .retrieve(HttpRequest.GET("http://127.0.0.1:" + MANAGEMENT_PORT + "/health"), Map.class));
        assertThat(detailed.getResponse().getBody(String.class).orElseThrow()).contains("\"directory\":\"DOWN\"");

        // the site is web's: a gateway deployed without it has no page of its own
        HttpClientResponseException noSite = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().retrieve("/"));
        assertThat(noSite.getStatus().getCode()).isEqualTo(404);
    }
}
