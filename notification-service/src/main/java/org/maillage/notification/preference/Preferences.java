package org.maillage.notification.preference;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * A person's email preferences, as shown and as saved.
 *
 * @param categories    the categories followed; null follows the organization's own
 * @param regions       the regions followed; null follows the organization's own
 * @param delivery      IMMEDIATE, or DIGEST once a day at {@code digestHour} (Montréal time)
 * @param language      fr or en; null reads the account's language
 * @param alertsConsent express consent to alerts of new opportunities: false until the person ticks the box
 * @param kinds         the kinds of message an account of the person's role can receive, each on (true) or off: MATCHED,
 *                      AMENDED, CANCELLED, OUTCOME, ANSWERED, REMINDER and DECLARED for an enterprise's people;
 *                      QUESTION_ASKED and DECLARED for a buyer; WEEKLY for a coordinator
 */
@Serdeable
public record Preferences(
        @Nullable @ArraySchema(maxItems = 50, schema = @Schema(maxLength = 20)) List<String> categories,
        @Nullable @ArraySchema(maxItems = 30, schema = @Schema(maxLength = 2)) List<String> regions,
        @Schema(allowableValues = {"IMMEDIATE", "DIGEST"}) String delivery,
        @Schema(minimum = "0", maximum = "23") int digestHour,
        @Nullable @Schema(allowableValues = {"fr", "en"}) String language,
        boolean alertsConsent,
        Map<String, Boolean> kinds) {
}
