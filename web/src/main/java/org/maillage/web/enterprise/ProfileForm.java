package org.maillage.web.enterprise;

import io.micronaut.core.annotation.Nullable;
import org.maillage.web.directory.Profile;
import org.maillage.web.member.Errors;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * My enterprise's profile as a form: what was typed (kept when the server refuses it), the choices, the
 * certifications with their expiry warnings, the people, and a preview of the public profile.
 *
 * @param preview  the public profile as it would read with these values (saved or only typed)
 * @param typed    the preview shows values not saved yet
 * @param done     "saved", "person", "personChanged" or "personRemoved" after a change, else null
 */
public record ProfileForm(UUID id, String neq, Map<String, String> values, List<String> categories, List<String> regions,
                          List<Cert> certifications, List<Choice> categoryChoices, List<Choice> regionChoices, List<String> legalForms,
                          List<String> sizeBands, List<Person> people, Map<String, String> person, Profile preview, boolean typed,
                          @Nullable String done, Errors errors) {

    /**
     * One row of the certifications' table.
     *
     * @param warning EXPIRED, SOON (within {@code ProfileController.WARN_DAYS}) or null
     * @param days    days left, when SOON
     */
    public record Cert(int index, String name, String issuer, String expiresOn, @Nullable String warning, long days) {
    }

    public record Choice(String code, String label) {
    }

    public record Person(UUID id, String name, @Nullable String title, @Nullable String email, @Nullable String phone) {
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public String personValue(String field) {
        return person.getOrDefault(field, "");
    }

    /** Certifications that have expired or soon will, for the warning at the top. */
    public List<Cert> warnings() {
        return certifications.stream().filter(c -> c.warning() != null).toList();
    }

    public static String dateText(@Nullable LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
