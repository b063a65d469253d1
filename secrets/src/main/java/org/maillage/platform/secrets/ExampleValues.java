package org.maillage.platform.secrets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The values of the repository's {@code .env.example}, which this module's jar carries (its build copies the file):
 * they are public, so no deployment may run with one of them as a secret, whatever it looks like (a base64 key too).
 */
final class ExampleValues {

    static final String RESOURCE = "/org/maillage/platform/secrets/.env.example";

    private static final Set<String> VALUES = load();

    private ExampleValues() {
    }

    static boolean contains(String value) {
        return VALUES.contains(value.strip());
    }

    private static Set<String> load() {
        try (InputStream in = ExampleValues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the secrets module's jar: build it with Maven");
            }
            Set<String> values = new HashSet<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int eq = line.indexOf('=');
                if (line.isBlank() || line.strip().startsWith("#") || eq < 0) {
                    continue;
                }
                String value = line.substring(eq + 1).strip();
                if (value.length() > 1 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
                    value = value.substring(1, value.length() - 1);
                }
                if (!value.isEmpty()) {
                    values.add(value);
                }
            }
            return Set.copyOf(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
