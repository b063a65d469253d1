package org.maillage.web.coordinator;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Opening accounts for people of the pilot's member organizations. The platform takes a password when it opens
 * an account: the site draws one nobody sees and asks the platform for a one-time code instead, which the
 * coordinator gives the person, who chooses a password with it.
 *
 * @param opened the account just opened and its one-time code, after the form
 */
public record AccountsView(Coordination.Pilot pilot, List<Organization> organizations, AccountForm form, @Nullable Opened opened) {

    /** A member organization, with its decision units when it is an institution. */
    public record Organization(UUID id, String name, String kind, List<Unit> units) {
    }

    public record Unit(UUID id, String name) {
    }

    public record Opened(String email, String role, String organization, String code, Instant expiresAt) {
    }

    public String base() {
        return "/coordinator/pilots/" + pilot.id();
    }

    public List<Organization> institutions() {
        return organizations.stream().filter(o -> o.kind().equals("INSTITUTION")).toList();
    }

    public List<Organization> enterprises() {
        return organizations.stream().filter(o -> o.kind().equals("ENTERPRISE")).toList();
    }
}
