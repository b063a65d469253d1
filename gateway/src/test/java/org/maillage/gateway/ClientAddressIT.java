package org.maillage.gateway;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Services learn who really calls (their per-address quotas depend on it), and a client cannot pretend to be someone else. */
/*
 * Not the module's shared gateway (NoServiceGatewayIT): each test starts a gateway of its own, trusting other proxies,
 * in front of a fake service that records who called.
 */
class ClientAddressIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aClientsOwnForwardedForIsReplacedByItsAddress() throws Exception {
        try (FakeService upstream = new FakeService(Duration.ZERO); EmbeddedServer gateway = start(upstream, "")) {
            call(gateway, "203.0.113.9");
            call(gateway, null);
            assertThat(upstream.apiCallers()).containsExactly("127.0.0.1", "127.0.0.1");
        }
    }

    @Test
    void aTrustedFrontEndSaysWhoseRequestItCarries() throws Exception {
        try (FakeService upstream = new FakeService(Duration.ZERO); EmbeddedServer gateway = start(upstream, "127.0.0.1")) {
            call(gateway, "198.51.100.4, 203.0.113.9");
            call(gateway, null);
            assertThat(upstream.apiCallers()).containsExactly("203.0.113.9", "127.0.0.1");
        }
    }

    /** The site calls the API for a visitor it got from the gateway: it appends the gateway's hop, and the visitor is counted. */
    @Test
    void theVisitorOfTheSiteIsTheCallerNotTheSiteOrTheGateway() throws Exception {
        try (FakeService upstream = new FakeService(Duration.ZERO); EmbeddedServer gateway = start(upstream, "127.0.0.0/8")) {
            call(gateway, "198.51.100.23, 127.0.0.1");
            assertThat(upstream.apiCallers()).containsExactly("198.51.100.23");
        }
    }

    @Test
    void aTrustedProxyNameThatDoesNotResolveStopsTheStart() {
        try (FakeService upstream = new FakeService(Duration.ZERO)) {
            assertThatThrownBy(() -> start(upstream, "web.invalid").close()).hasStackTraceContaining("MAILLAGE_TRUSTED_PROXIES")
                    .hasStackTraceContaining("web.invalid");
        }
    }

    private void call(EmbeddedServer gateway, String forwardedFor) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(gateway.getURL() + "/api/enterprises/applications"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        assertThat(http.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    private static EmbeddedServer start(FakeService upstream, String trusted) {
        return ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", "-1",
                "maillage.routes.directory", upstream.url(), "maillage.routes.contracts", upstream.url(),
                "maillage.routes.reporting", upstream.url(), "maillage.trusted-proxies", trusted), "test");
    }
}
