package org.maillage.platform;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.maillage.testkit.SharedContext;

import java.util.Map;

/**
 * The platform's test application over HTTP (testapp's /echo and /now, security on), with the demo's backdating key, one
 * context for the classes that extend this. The key dates only a write that sends it with its header: without them a
 * request meets the platform as every service's does. The event backbone's tests start services of their own.
 */
@SharedContext
abstract class TestAppIT implements TestPropertyProvider {

    static final String DEMO_KEY = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

    @Inject
    protected EmbeddedServer server;

    @Override
    public final Map<String, String> getProperties() {
        return Map.of("test.echo", "true", "micronaut.security.enabled", "true", "maillage.demo.backdating.key", DEMO_KEY);
    }
}
