package org.maillage.gateway.routing;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillage.testkit.TestInfrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The site's pages pass through the gateway untouched: its redirects and cookies reach the browser. */
/*
 * Not the module's shared gateway (NoServiceGatewayIT): its gateway routes the site to a fake site of its own, which it
 * starts itself.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebRoutingIT implements TestPropertyProvider {

    private final int port = TestInfrastructure.freePort();
    private final HttpServer web = fakeWeb();

    private static HttpServer fakeWeb() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            s.createContext("/", exchange -> {
                byte[] body = ("page " + exchange.getRequestURI()).getBytes(StandardCharsets.UTF_8);
                if (exchange.getRequestURI().getPath().equals("/sign-in")) {
                    exchange.getResponseHeaders().add("Location", "/account");
                    exchange.getResponseHeaders().add("Set-Cookie", "maillage-session=abc; Path=/; HttpOnly; SameSite=Lax");
                    exchange.sendResponseHeaders(303, -1);
                } else {
                    exchange.getResponseHeaders().add("Content-Type", "text/html");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                }
                exchange.close();
            });
            s.start();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of("micronaut.server.port", String.valueOf(port),
                "maillage.routes.web", "http://127.0.0.1:" + web.getAddress().getPort());
    }

    @AfterAll
    void stopWeb() {
        web.stop(0);
    }

    @Test
    void aPageIsTheSites() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/opportunities?q=a")).build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("page /opportunities?q=a");
    }

    @Test
    void aRedirectReachesTheBrowserWithItsCookie() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sign-in"))
                .POST(HttpRequest.BodyPublishers.ofString("email=a")).header("Content-Type", "application/x-www-form-urlencoded").build());
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/account");
        assertThat(r.headers().firstValue("Set-Cookie").orElse("")).startsWith("maillage-session=abc");
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
