package org.maillage.notification;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.platform.security.AccessDeclarations;
import org.maillage.testkit.ServiceUnderTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every route of notification-service says who may call it (see docs/permissions.md). */
/*
 * A context of its own: the module has no shared one, as each of its other classes reads what an SMTP server of its own
 * received (see NotificationIT).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointAccessIT implements TestPropertyProvider {

    private final ServiceUnderTest service = ServiceUnderTest.create("notification_access", List.of(DirectoryTopics.ORGANIZATIONS));

    @Inject
    Router router;

    @Override
    public Map<String, String> getProperties() {
        return service.properties();
    }

    @Test
    void everyRouteDeclaresItsAccessRule() {
        assertThat(AccessDeclarations.undeclared(router)).isEmpty();
    }
}
