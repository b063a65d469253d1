package org.maillage.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls through the gateway only, as a browser or a phone would, with JSON in and out. */
final class Gateway {

    record Reply(int status, JsonNode body, String raw) {
        String text(String field) {
            return body.path(field).asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Gateway(String base) {
        this.base = base;
    }

    Reply get(String path, String token) {
        return send("GET", path, null, token);
    }

    Reply post(String path, Object body, String token) {
        return send("POST", path, body, token);
    }

    Reply put(String path, Object body, String token) {
        return send("PUT", path, body, token);
    }

    Reply send(String method, String path, Object body, String token) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)))
                    .header("Content-Type", "application/json").header("Accept-Language", "fr");
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = r.body().isBlank() || !r.body().trim().matches("(?s)^[\\[{].*") ? JSON.nullNode() : JSON.readTree(r.body());
            return new Reply(r.statusCode(), json, r.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
