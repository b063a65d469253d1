package org.maillage.platform.secrets;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A production start with a shipped or missing secret stops at once, naming the setting and not its value. */
class ProductionSecretsTest {

    @Test
    void theLocalDatabasePasswordStopsAProductionStart() {
        assertThatThrownBy(() -> start("prod", Map.of("datasources.default.password", "maillage-dev")))
                .hasStackTraceContaining("datasources.default.password is a default value")
                .satisfies(e -> assertThat(rootMessage(e)).doesNotContain("maillage-dev"));
    }

    @Test
    void aMissingRequiredSecretStopsAProductionStart() {
        assertThatThrownBy(() -> start("prod", Map.of("maillage.secrets.required", "maillage.signing.encryption-key")))
                .hasStackTraceContaining("maillage.signing.encryption-key is missing");
    }

    @Test
    void anySecretLeftAtAChangeMeValueStopsAProductionStart() {
        assertThatThrownBy(() -> start("prod", Map.of("datasources.default.password", "a-long-real-one-83jd",
                "kafka.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"x\" password=\"kafka-change-me\";")))
                .hasStackTraceContaining("kafka.sasl.jaas.config is a default value");
    }

    @Test
    void theDemoLoadersKeyStopsAProductionStart() {
        assertThatThrownBy(() -> start("prod", Map.of("maillage.secrets.required", "maillage.signing.encryption-key",
                "maillage.signing.encryption-key", "Zq8v-real-key-from-a-vault", "maillage.demo.backdating.key", "d3m0-k3y-f0r-2014")))
                .hasStackTraceContaining("maillage.demo.backdating.key is set")
                .satisfies(e -> assertThat(rootMessage(e)).doesNotContain("d3m0-k3y-f0r-2014"));
    }

    @Test
    void realSecretsStartAndOtherEnvironmentsAreNotChecked() {
        // (no datasource in these contexts: one would try to connect)
        try (ApplicationContext ctx = start("prod", Map.of("maillage.secrets.required", "maillage.signing.encryption-key",
                "maillage.signing.encryption-key", "Zq8v-real-key-from-a-vault"))) {
            assertThat(ctx.containsBean(ProductionSecrets.class)).isTrue();
        }
        try (ApplicationContext ctx = start("test", Map.of("maillage.bootstrap.coordinator.password", "maillage-dev"))) {
            assertThat(ctx.isRunning()).isTrue();
        }
    }

    /** Without the machine's environment variables, which may hold a test database's default password. */
    private static ApplicationContext start(String environment, Map<String, Object> properties) {
        return ApplicationContext.builder().environments(environment).environmentPropertySource(false).properties(properties).start();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }
}
