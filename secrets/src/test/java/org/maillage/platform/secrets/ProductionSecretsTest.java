package org.maillage.platform.secrets;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /**
     * Every value of the repository's .env.example is public: as any secret it stops a production start, even when it
     * looks random (the example's base64 keys) and says change-me only once decoded, or not at all.
     */
    @Test
    void everyValueOfTheExampleEnvFileStopsAProductionStart() throws IOException {
        List<String> values = Files.readAllLines(Path.of("..", ".env.example")).stream()
                .filter(l -> !l.isBlank() && !l.strip().startsWith("#") && l.indexOf('=') > 0)
                .map(l -> l.substring(l.indexOf('=') + 1).strip()).filter(v -> !v.isEmpty()).toList();
        assertThat(values).hasSizeGreaterThan(10);
        for (String value : values) {
            for (String setting : List.of("maillage.web.session-key", "maillage.account-link.key", "datasources.default.password",
                    "maillage.mail.unsubscribe-secret")) {
                assertThatThrownBy(() -> start("prod", Map.of(setting, value))).as("%s = %s", setting, value)
                        .hasStackTraceContaining(setting + " is");
            }
        }
        // a password inside a JAAS configuration too
        assertThatThrownBy(() -> start("prod", Map.of("kafka.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"x\" password=\"" + values.get(0) + "\";")))
                .hasStackTraceContaining("kafka.sasl.jaas.config is");
    }

    @Test
    void aBase64KeyOfChangeMeStopsAProductionStartWhateverItsBytes() {
        String key = java.util.Base64.getEncoder().encodeToString("change-me-some-other-key-32-byte".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> start("prod", Map.of("maillage.web.session-key", key)))
                .hasStackTraceContaining("maillage.web.session-key is a default value");
    }

    /** A secret left at the value the service's own application.yml gives it (the site's database password "web"). */
    @Test
    void aSecretLeftAtTheServicesOwnDefaultStopsAProductionStart() {
        PropertySource shipped = PropertySource.of("application", Map.of("datasources.default.password", "local-only-Xy81",
                "maillage.auth.signing-key-secret", "${MAILLAGE_SIGNING_KEY_SECRET:local-development-only-signing-key-secret}"));
        assertThatThrownBy(() -> ApplicationContext.builder().environments("prod").environmentPropertySource(false)
                .propertySources(shipped).start())
                .hasStackTraceContaining("datasources.default.password is the default in the service's application.yml")
                .hasStackTraceContaining("maillage.auth.signing-key-secret is the default in the service's application.yml");
        // set from the environment of the deployment, the same settings start
        try (ApplicationContext ctx = ApplicationContext.builder().environments("prod").environmentPropertySource(false)
                .propertySources(shipped, PropertySource.of("env", Map.of("datasources.default.password", "k2Pq-from-the-vault-71",
                        "maillage.auth.signing-key-secret", "another-real-secret-of-more-than-32-chars"), 300)).start()) {
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
