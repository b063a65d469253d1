package org.maillage.web.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.maillage.web.member.Errors;

import java.util.List;
import java.util.Map;

/**
 * My email alerts (GET and PUT /api/notifications/preferences): consent, what I follow, when and in which
 * language. No category (or region) ticked follows my organization's own.
 *
 * @param language   fr, en, or empty for the account's language
 * @param kinds      each kind of message, on or off
 * @param supplier   the account sells: alerts of new opportunities concern it
 */
public record AlertsForm(boolean consent, List<String> categories, List<String> regions, String delivery, int digestHour, String language,
                         Map<String, Boolean> kinds, List<Choice> categoryChoices, List<Choice> regionChoices, boolean supplier,
                         boolean saved, Errors errors) {

    public record Choice(String code, String label) {
    }

    static final List<String> KINDS = List.of("MATCHED", "AMENDED", "CANCELLED", "OUTCOME");

    /** The preferences as notification-service shows and takes them. */
    @Serdeable
    record Preferences(@Nullable List<String> categories, @Nullable List<String> regions, String delivery, int digestHour,
                       @Nullable String language, boolean alertsConsent, @Nullable Map<String, Boolean> kinds) {
    }

    public List<Integer> hours() {
        return java.util.stream.IntStream.range(0, 24).boxed().toList();
    }

    public boolean on(String kind) {
        return kinds.getOrDefault(kind, true);
    }
}
