package org.maillage.gateway;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Limits, headers and tracing at the front door. */
class GatewayHygieneIT extends NoServiceGatewayIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void aBurstOfSignInsPastTheLimitIsToldToComeBackLater() {
        List<Integer> statuses = new ArrayList<>();
        HttpClientResponseException last = null;
        for (int i = 0; i < 5; i++) {
            last = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                    HttpRequest.POST("/api/auth/login", Map.of("email", "a@b.c", "password", "x"))));
            statuses.add(last.getStatus().getCode());
        }
        assertThat(statuses).containsExactly(502, 502, 502, 429, 429);
        assertThat(Integer.parseInt(last.getResponse().getHeaders().get("Retry-After"))).isBetween(1, 60);
        assertThat(last.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        HttpResponse<String> page = http.toBlocking().exchange("/api/docs/index.html", String.class);
        assertThat(page.getHeaders().get("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getHeaders().get("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getHeaders().get("Content-Security-Policy")).contains("default-src 'self'").contains("frame-ancestors 'none'");
        HttpClientResponseException api = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/api/enterprises/1")));
        assertThat(api.getResponse().getHeaders().get("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(api.getResponse().getHeaders().get("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aTraceIsStartedOrContinuedAndReturned() {
        String incoming = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        HttpClientResponseException kept = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/api/enterprises/1").header("traceparent", incoming)));
        assertThat(kept.getResponse().getHeaders().get("traceparent")).isEqualTo(incoming);

        HttpClientResponseException started = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/api/enterprises/1").header("traceparent", "garbage")));
        assertThat(started.getResponse().getHeaders().get("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }
}
