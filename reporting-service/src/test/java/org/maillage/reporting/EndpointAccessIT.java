package org.maillage.reporting;

import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.maillage.platform.security.AccessDeclarations;

import static org.assertj.core.api.Assertions.assertThat;

/** Every route of reporting-service says who may call it (see docs/permissions.md). */
class EndpointAccessIT extends ReportingServiceIT {

    @Inject
    Router router;

    @Test
    void everyRouteDeclaresItsAccessRule() {
        assertThat(AccessDeclarations.undeclared(router)).isEmpty();
    }
}
