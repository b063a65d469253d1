package org.maillage.notification.preference;

import java.util.Set;

/**
 * A change to one's preferences as it was sent: the values, and which fields the body named. A field it does not name stays
 * as it was, so a form that does not show a choice cannot undo it (an unsubscribe, a consent).
 */
public record PreferencesChange(PreferencesForm values, Set<String> named) {

    public PreferencesChange {
        named = Set.copyOf(named);
    }

    boolean names(String field) {
        return named.contains(field);
    }
}
