package org.maillage.notification.preference;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.notification.delivery.Kind;
import org.maillage.notification.directory.RecipientRepository;
import org.maillage.notification.directory.RecipientRow;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads and writes preferences; a person who never saved any has the defaults (and no alerts: no consent yet). */
@Singleton
public class PreferenceStore {

    private final PreferenceRepository preferences;
    private final RecipientRepository recipients;

    public PreferenceStore(PreferenceRepository preferences, RecipientRepository recipients) {
        this.preferences = preferences;
        this.recipients = recipients;
    }

    /** @param role the account's role: its preferences show the kinds of message it can receive */
    @Transactional(readOnly = true)
    public Preferences of(UUID account, String role) {
        return preferences.findById(account)
                .map(p -> new Preferences(list(p.categories()), list(p.regions()), p.delivery(), p.digestHour(), p.language(),
                        p.alertsConsent(), kinds(role, Arrays.asList(p.kindsOff()))))
                .orElseGet(() -> new Preferences(null, null, "IMMEDIATE", 7, null, false, kinds(role, List.of())));
    }

    /**
     * Changes what the body names and nothing else, in one statement: a kind turned off meanwhile by an unsubscribe link
     * stays off unless this change names it.
     */
    @Transactional
    public Preferences save(UUID account, String role, PreferencesChange change) {
        PreferencesForm f = change.values();
        Map<String, Boolean> kinds = change.names("kinds") && f.kinds() != null ? f.kinds() : Map.of();
        String[] off = kinds.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toArray(String[]::new);
        String[] on = kinds.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toArray(String[]::new);
        preferences.merge(account, change.names("categories"), array(f.categories()), change.names("regions"), array(f.regions()),
                f.delivery(), f.digestHour(), change.names("language"), f.language(), f.alertsConsent(), off, on);
        return of(account, role);
    }

    /** One-click unsubscribe: that kind off; from alerts, the consent is withdrawn too. */
    @Transactional
    public void unsubscribe(UUID account, Kind kind) {
        preferences.turnOff(account, kind.name());
    }

    /** The language the person chose for messages, else the account's own from the directory, French when neither is known. */
    @Transactional(readOnly = true)
    public String language(UUID account) {
        return preferences.findById(account).map(PreferenceRow::language)
                .or(() -> recipients.findById(account).map(RecipientRow::language)).orElse("fr");
    }

    /** A text[] column as a list; null stays null (it means "not chosen"). */
    private static List<String> list(String[] values) {
        return values == null ? null : Arrays.asList(values);
    }

    private static String[] array(List<String> values) {
        return values == null ? null : values.toArray(String[]::new);
    }

    private static Map<String, Boolean> kinds(String role, List<String> off) {
        Map<String, Boolean> kinds = new LinkedHashMap<>();
        for (Kind k : Kind.choosableBy(role)) {
            kinds.put(k.name(), !off.contains(k.name()));
        }
        return kinds;
    }
}
