package org.maillage.platform.secrets;

import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the secrets a production start must not run with: a required one that is missing, or any secret (a setting
 * named like a password, secret, key or JAAS config) that is a shipped value: the service's own default (its
 * application.yml), a value of {@code .env.example}, a usual stand-in, or anything that says change-me, also once
 * decoded from base64. Names the settings, never their values.
 */
public final class SecretsCheck {

    private static final Pattern SECRET_NAME = Pattern.compile(
            ".*(password|secret|passphrase|private[-.]key|jaas\\.config|encryption[-.]key|session[-.]key|link[-.]key).*");
    /** Values that ship in this repository's files for local runs, and the usual stand-ins. */
    private static final Set<String> DEFAULTS = Set.of("maillage-dev", "postgres", "password", "secret", "changeit", "admin", "kafka", "web");
    /** The property source Micronaut reads a service's own application.yml into. */
    private static final String SHIPPED_SOURCE = "application";
    private static final Pattern PLACEHOLDER_DEFAULT = Pattern.compile("^\\$\\{[^:}]+:(.*)}$");
    private static final Pattern JAAS_PASSWORD = Pattern.compile("password\\s*=\\s*\"([^\"]*)\"");

    private SecretsCheck() {
    }

    /** @return the offending settings with why, empty when the start may go on */
    public static List<String> problems(Environment environment, List<String> required) {
        Set<String> names = new TreeSet<>(required);
        for (PropertySource source : environment.getPropertySources()) {
            for (String key : source) {
                String name = key.toLowerCase(Locale.ROOT).replace('_', '.');
                // this check's own settings name secrets, they are none
                if (SECRET_NAME.matcher(name).matches() && !name.startsWith("maillage.secrets.")) {
                    names.add(name);
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
            } else if (isExample(value)) {
                problems.add(name + " is a value of .env.example");
            } else if (shipped(environment, name).filter(value::equals).isPresent()) {
                problems.add(name + " is the default in the service's application.yml");
            }
        }
        return problems;
    }

    static boolean isDefault(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return DEFAULTS.contains(v) || v.contains("change-me") || v.contains("changeme") || decoded(value).contains("change-me");
    }

    /** The example's own values, as they are or inside a JAAS configuration (its password). */
    static boolean isExample(String value) {
        if (ExampleValues.contains(value)) {
            return true;
        }
        Matcher jaas = JAAS_PASSWORD.matcher(value);
        while (jaas.find()) {
            if (ExampleValues.contains(jaas.group(1)) || isDefault(jaas.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** What the service's own application.yml sets, the default of a ${VAR:default} placeholder included. */
    private static Optional<String> shipped(Environment environment, String name) {
        for (PropertySource source : environment.getPropertySources()) {
            if (!SHIPPED_SOURCE.equals(source.getName())) {
                continue;
            }
            Object raw = source.get(name);
            if (raw == null) {
                continue;
            }
            String text = String.valueOf(raw).strip();
            Matcher placeholder = PLACEHOLDER_DEFAULT.matcher(text);
            return Optional.of(placeholder.matches() ? placeholder.group(1) : text).filter(v -> !v.isBlank());
        }
        return Optional.empty();
    }

    private static String decoded(String value) {
        try {
            return new String(Base64.getDecoder().decode(value.strip()), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notBase64) {
            return "";
        }
    }
}
