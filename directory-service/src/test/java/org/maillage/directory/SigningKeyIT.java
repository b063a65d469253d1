package org.maillage.directory;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.directory.auth.SigningKeys;
import org.maillage.testkit.ServiceUnderTest;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The token-signing keys: sealed at rest, rotated on a schedule (here every 3 s, published 1 s ahead),
 * old public keys kept for validation while their tokens live; and a prod environment that refuses
 * the shipped secrets.
 */
/*
 * A context of its own, not the module's shared one (DirectoryServiceIT): its keys rotate every 3 s under a secret of
 * its own, and it writes a key of an older version straight into signing_key; every other class signs in with those
 * keys.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SigningKeyIT implements TestPropertyProvider {

    private static final String SECRET = "a-test-only-secret-that-is-long-enough-0123456789";

    private final ServiceUnderTest service = ServiceUnderTest.create("signing_keys", List.of(DirectoryTopics.ORGANIZATIONS));

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    SigningKeys keys;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(service.properties());
        p.putAll(SignedIn.bootstrapProperties());
        p.put("maillage.auth.signing-key-secret", SECRET);
        p.put("maillage.auth.signing-key-rotation", "3s");
        p.put("maillage.auth.signing-key-publish-ahead", "1s");
        p.put("maillage.auth.signing-key-check", "1s");
        return p;
    }

    @Test
    void thePrivateKeyIsNeverStoredInClear() throws Exception {
        SignedIn.coordinatorToken(http);
        try (Connection c = database();
             PreparedStatement ps = c.prepareStatement("select kid, jwk, public_jwk, sealed_private_key from signing_key");
             ResultSet rs = ps.executeQuery()) {
            int rows = 0;
            while (rs.next()) {
                rows++;
                assertThat(rs.getString("jwk")).isNull();
                assertThat(rs.getString("public_jwk")).doesNotContain("\"d\"");
                String sealed = new String(rs.getBytes("sealed_private_key"), StandardCharsets.ISO_8859_1);
                assertThat(sealed).doesNotContain("\"d\"").doesNotContain(rs.getString("kid"));
            }
            assertThat(rows).isPositive();
        }
    }

    @Test
    void aKeyStoredInClearByAnOlderVersionIsSealedAndStillPublished() throws Exception {
        RSAKey old = new RSAKeyGenerator(2048).keyID("clear-" + UUID.randomUUID()).generate();
        try (Connection c = database();
             PreparedStatement ps = c.prepareStatement("insert into signing_key (kid, jwk, created_at, signs_from) values (?, ?, ?, ?)")) {
            ps.setString(1, old.getKeyID());
            ps.setString(2, old.toJSONString());
            Timestamp past = Timestamp.from(Instant.now().minusSeconds(1));
            ps.setTimestamp(3, past);
            ps.setTimestamp(4, past);
            ps.executeUpdate();
        }
        keys.refresh();
        try (Connection c = database();
             PreparedStatement ps = c.prepareStatement("select jwk, sealed_private_key from signing_key where kid = ?")) {
            ps.setString(1, old.getKeyID());
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isNull();
                assertThat(rs.getBytes(2)).isNotEmpty();
            }
        }
        assertThat(keys.publicKeys().getKeyByKeyId(old.getKeyID())).isNotNull();
    }

    @Test
    void keysRotateAndATokenSignedBeforeTheRotationStillWorksUntilItExpires() throws Exception {
        String first = SignedIn.coordinatorToken(http);
        String firstKid = SignedJWT.parse(first).getHeader().getKeyID();

        List<String> kids = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            String kid = SignedJWT.parse(SignedIn.coordinatorToken(http)).getHeader().getKeyID();
            kids.add(kid);
            return !kid.equals(firstKid);
        });
        String secondKid = kids.get(kids.size() - 1);

        JWKSet published = JWKSet.parse(http.toBlocking().retrieve("/.well-known/jwks.json"));
        assertThat(published.getKeyByKeyId(firstKid)).as("the replaced key stays published").isNotNull();
        assertThat(published.getKeyByKeyId(secondKid)).isNotNull();
        // the token signed with the replaced key is still accepted
        assertThat(http.toBlocking().exchange(HttpRequest.POST("/api/pilots", Map.of("name", "Pilote après rotation", "region", "05",
                "startsOn", "2020-01-01", "endsOn", "2020-12-31", "coordinatingOrganization", "Comité")).bearerAuth(first),
                Argument.mapOf(String.class, Object.class)).code()).isEqualTo(201);
    }

    @Test
    void aProductionEnvironmentRefusesToStartWithTheShippedSecrets() {
        Map<String, Object> base = new HashMap<>(service.properties());
        base.put("micronaut.server.port", "-1");
        base.put("maillage.bootstrap.coordinator.email", "premier@prod.example");
        base.put("maillage.bootstrap.coordinator.password", "Une-Phrase-De-Passe-Bien-Longue");
        base.put("maillage.bootstrap.coordinator.pilots", SignedIn.MONTREAL.toString());
        // a key of this deployment's own for the emailed links (the shipped local one is refused like the other secrets)
        base.put("maillage.account-link.key", java.util.Base64.getEncoder().encodeToString(
                "thirty-two bytes of a test key!!".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));

        Map<String, Object> defaultSecret = new HashMap<>(base);
        defaultSecret.remove("maillage.auth.signing-key-secret");
        Exception refused = assertThrows(Exception.class, () -> production(defaultSecret).close());
        assertThat(rootMessage(refused)).contains("MAILLAGE_SIGNING_KEY_SECRET");

        Map<String, Object> demoPassword = new HashMap<>(base);
        demoPassword.put("maillage.auth.signing-key-secret", SECRET);
        demoPassword.put("maillage.bootstrap.coordinator.password", "Coordination-2014!");
        Exception weak = assertThrows(Exception.class, () -> production(demoPassword).close());
        assertThat(rootMessage(weak)).contains("MAILLAGE_BOOTSTRAP_COORDINATOR_PASSWORD");

        Map<String, Object> good = new HashMap<>(base);
        good.put("maillage.auth.signing-key-secret", SECRET);
        try (ApplicationContext started = production(good)) {
            assertThat(started.isRunning()).isTrue();
        }
    }

    /** The service in production, without the machine's environment variables (they hold the test database's default password). */
    private static ApplicationContext production(Map<String, Object> properties) {
        return ApplicationContext.builder().environments("prod").environmentPropertySource(false).properties(properties).start();
    }

    /** A plain connection of the test's own, outside the service's transactions. */
    private Connection database() throws SQLException {
        return DriverManager.getConnection(service.database().url(), service.database().username(), service.database().password());
    }

    private static String rootMessage(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
