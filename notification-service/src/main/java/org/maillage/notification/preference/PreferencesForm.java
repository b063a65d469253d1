package org.maillage.notification.preference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

/**
 * What the signed-in person changes; see {@link Preferences} for the meaning of each field. Every field is optional: one the
 * body does not name is left as it was, and so is every kind {@code kinds} does not name (see {@link PreferencesChange}).
 */
@Schema(description = """
        A partial update: a field the body does not name is left unchanged, and so is each kind `kinds` does not name (and \
        the consent, unless `alertsConsent` is sent). `delivery`, `digestHour` and `alertsConsent` sent as null are left \
        unchanged too; `categories` and `regions` sent as null follow the organization's own again, `language` sent as null \
        reads the account's language again.""",
        example = "{\"categories\": [\"90100000\"], \"regions\": [\"06\"], \"delivery\": \"DIGEST\", \"digestHour\": 7, \"language\": \"fr\", \"alertsConsent\": true, \"kinds\": {\"MATCHED\": true, \"REMINDER\": false}}")
@Serdeable
public record PreferencesForm(
        @Nullable @Size(max = 50) List<@NotNull @Size(min = 1, max = 20) String> categories,
        @Nullable @Size(max = 30) List<@NotNull @Size(max = 2) @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit region code / code de région à deux chiffres") String> regions,
        @Nullable @Schema(allowableValues = {"IMMEDIATE", "DIGEST"}) @Pattern(regexp = "IMMEDIATE|DIGEST", message = "must be IMMEDIATE or DIGEST") String delivery,
        @Nullable @Min(0) @Max(23) Integer digestHour,
        @Nullable @Schema(allowableValues = {"fr", "en"}) @Pattern(regexp = "fr|en", message = "must be fr or en") String language,
        @Nullable Boolean alertsConsent,
        @Nullable @Size(max = 20) Map<@Pattern(regexp = KINDS, message = KINDS_MESSAGE) String, @NotNull Boolean> kinds) {

    /** The kinds a person turns on or off (see Kind.choosable). */
    static final String KINDS = "MATCHED|AMENDED|CANCELLED|OUTCOME|ANSWERED|REMINDER|DECLARED|WEEKLY|QUESTION_ASKED";
    static final String KINDS_MESSAGE = "must be MATCHED, AMENDED, CANCELLED, OUTCOME, ANSWERED, REMINDER, DECLARED, WEEKLY or QUESTION_ASKED";
}
