package org.maillage.gateway.client;

import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which hop of X-Forwarded-For is the caller: the first, from the right, that is not one of our proxies. */
class ClientAddressTest {

    private static final InetAddress SITE = address("10.0.0.7");
    private static final InetAddress STRANGER = address("203.0.113.50");

    @Test
    void theSiteNamesItsVisitorAfterTheGatewaysOwnHop() {
        // the gateway sent the page request to the site with the visitor's address; the site appends the gateway, its caller
        ClientAddress clients = new ClientAddress(List.of("10.0.0.7", "10.0.0.8"));
        assertThat(clients.callerOf(SITE, "198.51.100.23, 10.0.0.8")).isEqualTo("198.51.100.23");
        assertThat(clients.callerOf(SITE, "")).isEqualTo("10.0.0.7");
    }

    @Test
    void rangesAreTrustedAsWellAsSingleAddresses() {
        ClientAddress clients = new ClientAddress(List.of("10.0.0.0/29", "fd00::/8"));
        assertThat(clients.callerOf(SITE, "198.51.100.23, 10.0.0.1")).isEqualTo("198.51.100.23");
        assertThat(clients.callerOf(address("fd00::5"), "2001:db8::9")).isEqualTo("2001:db8:0:0:0:0:0:9");
        assertThat(clients.callerOf(address("10.0.0.9"), "198.51.100.23")).isEqualTo("10.0.0.9");
    }

    @Test
    void nothingLeftOfAnUntrustedHopIsBelieved() {
        ClientAddress clients = new ClientAddress(List.of("10.0.0.7"));
        // a visitor who wrote its own X-Forwarded-For before reaching the site: the site's hop is the visitor's real address
        assertThat(clients.callerOf(SITE, "192.0.2.1, 198.51.100.23")).isEqualTo("198.51.100.23");
        // a stranger's header is never read
        assertThat(clients.callerOf(STRANGER, "192.0.2.1")).isEqualTo("203.0.113.50");
        // a hop that is not an address ends the walk at the proxy that wrote it (no lookup of a client's words)
        assertThat(clients.callerOf(SITE, "evil.example")).isEqualTo("10.0.0.7");
    }

    @Test
    void namesAreResolvedAtStartAndOneThatDoesNotResolveStopsIt() {
        assertThat(new ClientAddress(List.of("localhost")).callerOf(address("127.0.0.1"), "198.51.100.23")).isEqualTo("198.51.100.23");
        assertThatThrownBy(() -> new ClientAddress(List.of("web.invalid")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("MAILLAGE_TRUSTED_PROXIES").hasMessageContaining("web.invalid");
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/40"))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("CIDR");
    }

    private static InetAddress address(String literal) {
        return TrustedProxies.literal(literal);
    }
}
