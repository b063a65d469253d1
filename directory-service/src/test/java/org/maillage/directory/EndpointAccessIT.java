package org.maillage.directory;

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

/** Every route of directory-service says who may call it (see docs/permissions.md). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointAccessIT implements TestPropertyProvider {

    private final ServiceUnderTest service = ServiceUnderTest.create("directory_access", List.of(DirectoryTopics.ORGANIZATIONS));

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
