package org.maillage.contracts.opportunity;

import jakarta.inject.Singleton;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/** The OCDS sustainability goal codes (sustainability extension, copied from the standard) a social clause may use. */
@Singleton
public class SocialClauses {

    private final Set<String> codes;

    public SocialClauses() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SocialClauses.class.getResourceAsStream("/reference/sustainabilityGoal.csv"), StandardCharsets.UTF_8))) {
            codes = in.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isKnown(String code) {
        return codes.contains(code);
    }
}
