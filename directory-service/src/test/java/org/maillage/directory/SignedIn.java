package org.maillage.directory;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;

import java.util.Map;
import java.util.UUID;

/** The bootstrap coordinator of directory tests, and signing in over HTTP. */
final class SignedIn {

    static final String COORDINATOR = "coordination@test.maillage";
    static final String PASSWORD = "Coordination-Test-1";
    static final UUID MONTREAL = UUID.fromString("6d6f6e74-7265-4061-8000-000000002014");
    static final UUID ESTRIE = UUID.fromString("65737472-6965-4061-8000-000000002015");

    private SignedIn() {
    }

    static Map<String, String> bootstrapProperties() {
        return Map.of("maillage.bootstrap.coordinator.email", COORDINATOR,
                "maillage.bootstrap.coordinator.password", PASSWORD,
                "maillage.bootstrap.coordinator.pilots", MONTREAL.toString());
    }

    static Map<String, Object> login(HttpClient http, String email, String password) {
        return http.toBlocking().retrieve(HttpRequest.POST("/api/auth/login", Map.of("email", email, "password", password)),
                Argument.mapOf(String.class, Object.class));
    }

    /** Signing in from a client address of the test's own, as the gateway forwards it (X-Forwarded-For). */
    static Map<String, Object> login(HttpClient http, String email, String password, String clientAddress) {
        return http.toBlocking().retrieve(HttpRequest.POST("/api/auth/login", Map.of("email", email, "password", password))
                .header("X-Forwarded-For", clientAddress), Argument.mapOf(String.class, Object.class));
    }

    static String coordinatorToken(HttpClient http) {
        return (String) login(http, COORDINATOR, PASSWORD).get("accessToken");
    }

    static <T> MutableHttpRequest<T> as(String token, MutableHttpRequest<T> request) {
        return request.bearerAuth(token);
    }
}
