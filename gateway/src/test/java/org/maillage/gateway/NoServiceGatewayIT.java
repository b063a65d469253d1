package org.maillage.gateway;

import io.micronaut.test.support.TestPropertyProvider;
import org.maillage.testkit.SharedContext;
import org.maillage.testkit.TestInfrastructure;

import java.util.Map;

/**
 * The gateway with no service behind it (every route leads to an address where nothing listens), one context for the
 * test classes of the module that extend this. Every other class starts a gateway of its own in front of a fake service
 * it watches (what reached it, from whom, how slowly it answers), with its own limits, and says so.
 */
@SharedContext
abstract class NoServiceGatewayIT implements TestPropertyProvider {

    private static final String NOBODY = "http://127.0.0.1:" + TestInfrastructure.freePort();

    /** Where the health with details and the metrics answer. */
    protected static final int MANAGEMENT_PORT = TestInfrastructure.freePort();

    @Override
    public final Map<String, String> getProperties() {
        return Map.of("maillage.routes.directory", NOBODY, "maillage.routes.contracts", NOBODY, "maillage.routes.reporting", NOBODY,
                "endpoints.all.port", String.valueOf(MANAGEMENT_PORT),
                // GatewayHygieneIT counts to it; no other class signs in through this gateway, where a sign-in gets 502 anyway
                "maillage.rate-limits.login-per-address-per-minute", "3");
    }
}
