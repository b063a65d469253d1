package org.maillage.web.alert;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.maillage.web.member.Errors;

import java.util.List;
import java.util.Map;

/**
 * My email alerts (GET and PUT /api/notifications/preferences): consent, what I follow, when and in which language, and a
 * switch for each kind of message I can receive. No category (or region) ticked follows my organization's own.
 *
 * @param language   fr, en, or empty for the account's language
 * @param kinds      each kind of message the account can receive (notification-service says which), on or off, in order
 * @param alerts     the account can receive alerts of new opportunities (an enterprise's): the page shows their consent,
 *                   what they follow and when
 * @param supplier   the account sells: the enterprise's navigation is shown
 */
public record AlertsForm(boolean consent, List<String> categories, List<String> regions, String delivery, int digestHour, String language,
                         Map<String, Boolean> kinds, List<Choice> categoryChoices, List<Choice> regionChoices, boolean alerts,
                         boolean supplier, boolean saved, Errors errors) {

    public record Choice(String code, String label) {
    }

    /** The preferences as notification-service shows them. */
    @Serdeable
    record Preferences(@Nullable List<String> categories, @Nullable List<String> regions, String delivery, int digestHour,
                       @Nullable String language, boolean alertsConsent, @Nullable Map<String, Boolean> kinds) {
    }

    /**
     * What the page sends when it shows alerts: every field it shows, nothing else (notification-service leaves what a change
     * does not name as it was). Nulls are sent: no category ticked follows the organization's again, no language the account's.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AlertsChange(@Nullable List<String> categories, @Nullable List<String> regions, String delivery, int digestHour,
                        @Nullable String language, boolean alertsConsent, Map<String, Boolean> kinds) {
    }

    /** What the page sends when it shows no alerts (a buyer's, a coordinator's): the language and its switches. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record KindsChange(@Nullable String language, Map<String, Boolean> kinds) {
    }

    public List<Integer> hours() {
        return java.util.stream.IntStream.range(0, 24).boxed().toList();
    }

    public List<String> kindNames() {
        return List.copyOf(kinds.keySet());
    }

    public boolean on(String kind) {
        return kinds.getOrDefault(kind, true);
    }
}
