package org.maillage.platform.secrets;

import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds the secrets a production start must not run with: a required one that is missing, or any secret
 * (a setting named like a password, secret, private key or JAAS config) left at a shipped default.
 * Names the settings, never their values.
 */
public final class SecretsCheck {

    private static final Pattern SECRET_NAME = Pattern.compile(".*(password|secret|passphrase|private-key|jaas\\.config|encryption-key).*");
    /** Values that ship in this repository's files for local runs, and the usual stand-ins. */
    private static final Set<String> DEFAULTS = Set.of("maillage-dev", "postgres", "password", "secret", "changeit", "admin", "kafka");

    private SecretsCheck() {
    }

    /** @return the offending settings with why, empty when the start may go on */
    public static List<String> problems(Environment environment, List<String> required) {
        Set<String> names = new TreeSet<>(required);
        for (PropertySource source : environment.getPropertySources()) {
            for (String key : source) {
                String name = key.toLowerCase(Locale.ROOT).replace('_', '.');
                if (SECRET_NAME.matcher(name).matches()) {
                    names.add(key.toLowerCase(Locale.ROOT).replace('_', '.'));
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (String name : names) {
            String value = environment.getProperty(name, String.class).orElse("");
            if (value.isBlank()) {
                if (required.contains(name)) {
                    problems.add(name + " is missing");
                }
            } else if (isDefault(value)) {
                problems.add(name + " is a default value");
            }
        }
        return problems;
    }

    static boolean isDefault(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return DEFAULTS.contains(v) || v.contains("change-me") || v.contains("changeme");
    }
}
