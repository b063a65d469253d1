package org.maillage.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The demo loader's calls through the gateway: JSON in and out, and a clear failure naming the call. */
final class DemoClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    DemoClient(String base) {
        this.base = base;
    }

    JsonNode post(String path, Object body, String token) {
        return send("POST", path, body, token, 200, 201, 204);
    }

    JsonNode put(String path, Object body, String token) {
        return send("PUT", path, body, token, 200, 204);
    }

    JsonNode get(String path, String token) {
        return send("GET", path, null, token, 200);
    }

    int status(String method, String path, Object body, String token) {
        return exchange(method, path, body, token).statusCode();
    }

    /** The answer's body whatever its status: for waiting until the platform answers a particular way. */
    String attempt(String method, String path, Object body, String token) {
        return exchange(method, path, body, token).body();
    }

    String login(String email, String password) {
        return post("/api/auth/login", Map.of("email", email, "password", password), null).path("accessToken").asText();
    }

    private JsonNode send(String method, String path, Object body, String token, int... ok) {
        HttpResponse<String> r = exchange(method, path, body, token);
        for (int code : ok) {
            if (r.statusCode() == code) {
                try {
                    return r.body().isBlank() ? JSON.nullNode() : JSON.readTree(r.body());
                } catch (IOException e) {
                    throw new IllegalStateException(method + " " + path + ": not JSON: " + r.body(), e);
                }
            }
        }
        throw new IllegalStateException("demo data: " + method + " " + path + " answered " + r.statusCode() + " " + r.body());
    }

    private HttpResponse<String> exchange(String method, String path, Object body, String token) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            for (int waited = 0; r.statusCode() == 429 && waited < 5; waited++) {
                // rate limited: wait as long as the gateway asks, then try again
                Thread.sleep(1000L * Math.min(60, Long.parseLong(r.headers().firstValue("Retry-After").orElse("5"))));
                r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            }
            return r;
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
