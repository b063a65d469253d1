package org.maillage.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.awaitility.Awaitility.await;

/**
 * Calls to the platform's public API as a client would make them: JSON in and out, a bearer token, and the
 * gateway's Retry-After honoured. Used by the demo loader, the system tests and the benchmarks.
 */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: its status, its body as JSON (a null node when it is not JSON), the body as sent, and its type. */
    public record Reply(String call, int status, JsonNode body, String raw, String contentType) {

        /** The body, when the call succeeded; otherwise a failure that names the call and the answer. */
        public JsonNode ok() {
            if (status < 200 || status > 299) {
                throw new IllegalStateException(call + " answered " + status + " " + raw);
            }
            return body;
        }

        public String text(String field) {
            return body.path(field).asText();
        }

        /** The items of a list, which the API answers as {@code {"items": [...], "next": cursor or null}}. */
        public JsonNode items() {
            JsonNode page = ok();
            if (!page.path("items").isArray() || !page.has("next")) {
                throw new IllegalStateException(call + " answered no list in the API's shape {items, next}: " + raw);
            }
            return page.path("items");
        }
    }

    /** A call as the API description must document it: the method, the path as sent, and the status answered. */
    public record Call(String method, String path, int status) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final List<Call> calls;

    public ApiClient(String base) {
        this(base, null);
    }

    private ApiClient(String base, List<Call> calls) {
        this.base = base;
        this.calls = calls;
    }

    /** A client that keeps every call it made, so a test can check each answer against the API description. */
    public static ApiClient recording(String base) {
        return new ApiClient(base, new CopyOnWriteArrayList<>());
    }

    public List<Call> calls() {
        return calls == null ? List.of() : List.copyOf(calls);
    }

    public Reply get(String path, String token) {
        return send("GET", path, null, token);
    }

    /** Every item of a list, following its `next` cursors to the last page. */
    public List<JsonNode> all(String path, String token) {
        List<JsonNode> out = new ArrayList<>();
        String cursor = null;
        do {
            String page = cursor == null ? path : path + (path.contains("?") ? "&" : "?") + "cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
            Reply reply = get(page, token);
            reply.items().forEach(out::add);
            cursor = reply.body().path("next").isTextual() ? reply.body().path("next").asText() : null;
        } while (cursor != null);
        return out;
    }

    public Reply post(String path, Object body, String token) {
        return send("POST", path, body, token);
    }

    public Reply put(String path, Object body, String token) {
        return send("PUT", path, body, token);
    }

    /**
     * Signs in; answers the access token. A sign-in changes nothing, so one the gateway answered "too slow" or
     * "unavailable" (a platform just started, on a busy machine: password hashing is slow on purpose) is asked again,
     * three times at the most.
     */
    public String login(String email, String password) {
        Reply reply = post("/api/auth/login", Map.of("email", email, "password", password), null);
        for (int again = 0; again < 3 && (reply.status() == 503 || reply.status() == 504); again++) {
            Ports.sleep(2_000);
            reply = post("/api/auth/login", Map.of("email", email, "password", password), null);
        }
        return reply.ok().path("accessToken").asText();
    }

    /** Rate limited: asks again as often as the gateway's Retry-After says, until it lets the call through. */
    private HttpResponse<String> afterRateLimit(HttpRequest request, HttpResponse<String> limited) {
        Duration after = Duration.ofSeconds(Math.min(60, Long.parseLong(limited.headers().firstValue("Retry-After").orElse("5"))));
        AtomicReference<HttpResponse<String>> last = new AtomicReference<>(limited);
        await(request.method() + " " + request.uri() + " still rate limited").pollDelay(after).pollInterval(after)
                .atMost(after.multipliedBy(6)).until(() -> {
                    last.set(http.send(request, HttpResponse.BodyHandlers.ofString()));
                    return last.get().statusCode() != 429;
                });
        return last.get();
    }

    /** @param body a String (as UTF-8) or a byte[] is sent as it is; anything else as JSON */
    public Reply send(String method, String path, Object body, String token) {
        return send(method, path, "application/json", body, token);
    }

    /** A body of another type, such as a CSV file. */
    public Reply send(String method, String path, String contentType, Object body, String token) {
        return send(method, path, contentType, body, token, Map.of());
    }

    /** @param headers more request headers, such as the demo loader's date (see DemoSeed) */
    public Reply send(String method, String path, String contentType, Object body, String token, Map<String, String> headers) {
        String call = method + " " + path;
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", contentType).header("Accept-Language", "fr")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : body instanceof byte[] bytes ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                            : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            headers.forEach(b::header);
            HttpRequest request = b.build();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 429) {
                r = afterRateLimit(request, r);
            }
            if (calls != null) {
                calls.add(new Call(method, path, r.statusCode()));
            }
            String text = r.body();
            boolean json = !text.isBlank() && (text.charAt(0) == '{' || text.charAt(0) == '[');
            return new Reply(call, r.statusCode(), json ? JSON.readTree(text) : JSON.nullNode(), text,
                    r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(call + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
