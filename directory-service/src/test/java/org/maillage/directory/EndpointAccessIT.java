package org.maillage.directory;

import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.maillage.platform.security.AccessDeclarations;

import static org.assertj.core.api.Assertions.assertThat;

/** Every route of directory-service says who may call it (see docs/permissions.md). */
class EndpointAccessIT extends DirectoryServiceIT {

    @Inject
    Router router;

    @Test
    void everyRouteDeclaresItsAccessRule() {
        assertThat(AccessDeclarations.undeclared(router)).isEmpty();
    }
}
