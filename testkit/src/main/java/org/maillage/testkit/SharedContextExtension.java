package org.maillage.testkit;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Starts one context per set of settings for the JVM, and injects each {@link SharedContext} test class from it. */
final class SharedContextExtension implements TestInstancePostProcessor {

    private static final Map<Map<String, String>, EmbeddedServer> SERVERS = new ConcurrentHashMap<>();

    @Override
    public void postProcessTestInstance(Object test, ExtensionContext junit) {
        Map<String, String> settings = new TreeMap<>(test instanceof TestPropertyProvider p ? p.getProperties() : Map.of());
        EmbeddedServer server = SERVERS.computeIfAbsent(settings, SharedContextExtension::start);
        server.getApplicationContext().inject(test);
    }

    private static EmbeddedServer start(Map<String, String> settings) {
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.copyOf(settings), "test");
        // closed before the embedded broker stops, or its consumers would retry against a broker that is gone
        TestInfrastructure.closeFirst(server::close);
        return server;
    }
}
