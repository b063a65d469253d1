package org.maillage.web;

import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;
import org.maillage.testkit.TestInfrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * The web service on its own database, reading the stub API served by the same process (see StubApi),
 * and a plain HTTP client that follows no redirect and sends only the cookies a test gives it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class WebTestSupport implements TestPropertyProvider {

    protected static final int PORT = TestInfrastructure.freePort();
    protected static final String BASE = "http://127.0.0.1:" + PORT;
    protected static final TestInfrastructure.Database DATABASE = TestInfrastructure.get().newDatabase("web");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>();
        DATABASE.properties().forEach((k, v) -> p.put(k, String.valueOf(v)));
        p.put("micronaut.server.port", String.valueOf(PORT));
        p.put("maillage.web.api-url", BASE);
        p.put("maillage.test.stub-api", "true");
        // plain HTTP in tests: the cookies' Secure default is turned off here, as locally (SecureCookiesTest checks the default)
        p.put("maillage.web.secure-cookies", "false");
        return p;
    }

    protected static HttpResponse<String> get(String path, String... cookies) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).GET();
        if (cookies.length > 0) {
            b.header("Cookie", String.join("; ", cookies));
        }
        return send(b.build());
    }

    protected static HttpResponse<String> post(String path, String form, Map<String, String> headers, String... cookies) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(b::header);
        if (cookies.length > 0) {
            b.header("Cookie", String.join("; ", cookies));
        }
        return send(b.build());
    }

    protected static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The name=value part of a Set-Cookie header of the response, or null. */
    protected static String cookie(HttpResponse<?> r, String name) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst().orElse(null);
    }

    protected static String setCookieHeader(HttpResponse<?> r, String name) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst().orElse(null);
    }
}
