package org.maillage.web;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.maillage.testkit.TestInfrastructure;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The site, like every service, refuses a production start with a missing, shipped or example secret. */
class ProductionStartIT {

    private static final TestInfrastructure.Database DATABASE = TestInfrastructure.get().newDatabase("web");

    // environmentPropertySource(false): the harness's MAILLAGE_TEST_PG_PASSWORD (set by ./maillage test) is not the site's
    @Test
    void theExamplesSessionKeyOrNoneAndTheShippedDatabasePasswordStopAProductionStart() {
        Map<String, Object> p = new HashMap<>(DATABASE.properties());
        p.put("micronaut.server.port", "-1");
        // the session key of .env.example: base64 that looks random
        p.put("maillage.web.session-key", "Y2hhbmdlLW1lLWNoYW5nZS1tZS1jaGFuZ2UtbWUtMzI=");
        assertThatThrownBy(() -> ApplicationContext.builder().environments("prod").environmentPropertySource(false).properties(p).start().close())
                .hasStackTraceContaining("maillage.web.session-key is");

        p.remove("maillage.web.session-key");
        p.put("datasources.default.password", "web");
        assertThatThrownBy(() -> ApplicationContext.builder().environments("prod").environmentPropertySource(false).properties(p).start().close())
                .hasStackTraceContaining("maillage.web.session-key is missing")
                .hasStackTraceContaining("datasources.default.password is");

        // with a real key (and this test database's own password) the site starts in prod
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        Map<String, Object> real = new HashMap<>(DATABASE.properties());
        real.put("micronaut.server.port", "-1");
        real.put("maillage.web.session-key", java.util.Base64.getEncoder().encodeToString(key));
        try (ApplicationContext ctx = ApplicationContext.builder().environments("prod").environmentPropertySource(false).properties(real).start()) {
            assertThat(ctx.isRunning()).isTrue();
        }
    }
}
