package org.maillage.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few HTTP calls the benchmarks make to set up their actors, with failures that say what went wrong. */
final class Api {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    Api(String base) {
        this.base = base;
    }

    String post(String path, String json, String token, int... expected) throws IOException, InterruptedException {
        return check(send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), token), path, expected);
    }

    String get(String path, String token) throws IOException, InterruptedException {
        return check(send(HttpRequest.newBuilder(URI.create(base + path)).GET(), token), path, 200);
    }

    static String id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return m.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder b, String token) throws IOException, InterruptedException {
        b.timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String check(HttpResponse<String> r, String path, int... expected) {
        int[] ok = expected.length == 0 ? new int[]{200, 201} : expected;
        for (int code : ok) {
            if (r.statusCode() == code) {
                return r.body();
            }
        }
        throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
    }
}
