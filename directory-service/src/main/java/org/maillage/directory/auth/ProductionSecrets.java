package org.maillage.directory.auth;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * In the `prod` environment (MICRONAUT_ENVIRONMENTS=prod) the service refuses to start while a secret
 * is missing or is one this repository ships: the signing-key secret and the bootstrap coordinator's
 * password. Checked when the context starts, before any request is served.
 */
@Context
@Requires(env = "prod")
public class ProductionSecrets {

    /** Passwords that appear in this repository (demo, tests, examples): public, so never good enough. */
    static final Set<String> KNOWN_PASSWORDS = Set.of("coordination-2014!", "demo-maillage-2014!", "change-me", "changeme",
            "maillage-dev", "coordination-test-1", "password", "motdepasse");

    private static final int MIN_SECRET_LENGTH = 32;

    public ProductionSecrets(@Value("${maillage.auth.signing-key-secret:}") String secret,
                             @Value("${maillage.auth.signing-key-secret-file:}") String secretFile,
                             @Value("${maillage.bootstrap.coordinator.email:}") String bootstrapEmail,
                             @Value("${maillage.bootstrap.coordinator.password:}") String bootstrapPassword,
                             @Value("${maillage.account-link.key:}") String accountLinkKey) {
        List<String> problems = new ArrayList<>();
        String resolved = KeyEncryption.resolve(secret, secretFile);
        if (resolved.equals(KeyEncryption.LOCAL_DEFAULT) || resolved.length() < MIN_SECRET_LENGTH) {
            problems.add("MAILLAGE_SIGNING_KEY_SECRET (or MAILLAGE_SIGNING_KEY_SECRET_FILE) must be set to a random secret of at least "
                    + MIN_SECRET_LENGTH + " characters");
        }
        if (accountLinkKey.isBlank() || accountLinkKey.strip().equals(org.maillage.directory.api.LinkSeal.LOCAL_KEY)) {
            problems.add("MAILLAGE_ACCOUNT_LINK_KEY must be set to the base64 of 32 random bytes, the same in notification-service");
        }
        if (!bootstrapEmail.isBlank() && (bootstrapPassword.length() < 12
                || KNOWN_PASSWORDS.contains(bootstrapPassword.toLowerCase(Locale.ROOT)))) {
            problems.add("MAILLAGE_BOOTSTRAP_COORDINATOR_PASSWORD must be set, at least 12 characters, and not a published default");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("refusing to start in the prod environment: " + String.join("; ", problems));
        }
    }
}
