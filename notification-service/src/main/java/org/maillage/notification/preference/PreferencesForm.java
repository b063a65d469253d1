package org.maillage.notification.preference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;
import io.swagger.v3.oas.annotations.media.Schema;

/** What the signed-in person saves; see {@link Preferences} for the meaning of each field. */
@Schema(example = "{\"categories\": [\"90100000\"], \"regions\": [\"06\"], \"delivery\": \"DIGEST\", \"digestHour\": 7, \"language\": \"fr\", \"alertsConsent\": true, \"kinds\": {\"MATCHED\": true, \"AMENDED\": true, \"CANCELLED\": true, \"OUTCOME\": true, \"ANSWERED\": true, \"REMINDER\": true, \"DECLARED\": true, \"WEEKLY\": true}}")
@Serdeable
public record PreferencesForm(
        @Nullable @Size(max = 50) List<@NotNull @Size(min = 1, max = 20) String> categories,
        @Nullable @Size(max = 30) List<@NotNull @Size(max = 2) @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit region code / code de région à deux chiffres") String> regions,
        @NotNull @Schema(allowableValues = {"IMMEDIATE", "DIGEST"}) @Pattern(regexp = "IMMEDIATE|DIGEST", message = "must be IMMEDIATE or DIGEST") String delivery,
        @NotNull @Min(0) @Max(23) Integer digestHour,
        @Nullable @Schema(allowableValues = {"fr", "en"}) @Pattern(regexp = "fr|en", message = "must be fr or en") String language,
        @NotNull Boolean alertsConsent,
        @Nullable @Size(max = 10) Map<@Pattern(regexp = "MATCHED|AMENDED|CANCELLED|OUTCOME|ANSWERED|REMINDER|DECLARED|WEEKLY", message = "must be MATCHED, AMENDED, CANCELLED, OUTCOME, ANSWERED, REMINDER, DECLARED or WEEKLY") String, @NotNull Boolean> kinds) {
}
