package org.maillage.notification.preference;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.notification.delivery.Kind;
import org.maillage.notification.directory.RecipientRepository;
import org.maillage.notification.directory.RecipientRow;

import java.util.ArrayList;
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

    @Transactional(readOnly = true)
    public Preferences of(UUID account) {
        return preferences.findById(account)
                .map(p -> new Preferences(list(p.categories()), list(p.regions()), p.delivery(), p.digestHour(), p.language(),
                        p.alertsConsent(), kinds(Arrays.asList(p.kindsOff()))))
                .orElseGet(() -> new Preferences(null, null, "IMMEDIATE", 7, null, false, kinds(List.of())));
    }

    @Transactional
    public Preferences save(UUID account, PreferencesForm form) {
        List<String> off = new ArrayList<>();
        if (form.kinds() != null) {
            form.kinds().forEach((kind, on) -> {
                if (!on) {
                    off.add(kind);
                }
            });
        }
        preferences.store(account, array(form.categories()), array(form.regions()), form.delivery(), form.digestHour(), form.language(),
                form.alertsConsent(), off.toArray(String[]::new));
        return of(account);
    }

    /** One-click unsubscribe: that kind off; from alerts, the consent is withdrawn too. */
    @Transactional
    public void unsubscribe(UUID account, Kind kind) {
        preferences.turnOff(account, kind.name());
    }

    /** The account's own language from the directory, French when it is not known here. */
    @Transactional(readOnly = true)
    public String accountLanguage(UUID account) {
        return recipients.findById(account).map(RecipientRow::language).orElse("fr");
    }

    /** A text[] column as a list; null stays null (it means "not chosen"). */
    private static List<String> list(String[] values) {
        return values == null ? null : Arrays.asList(values);
    }

    private static String[] array(List<String> values) {
        return values == null ? null : values.toArray(String[]::new);
    }

    private static Map<String, Boolean> kinds(List<String> off) {
        Map<String, Boolean> kinds = new LinkedHashMap<>();
        for (Kind k : Kind.choosable()) {
            kinds.put(k.name(), !off.contains(k.name()));
        }
        return kinds;
    }
}
