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
 * @param opened  the account just opened and its one-time code, after the form
 * @param waiting the accounts of the pilot no one has signed in with yet, oldest invitation first
 * @param resent  a new code just issued for one of them
 */
public record AccountsView(Coordination.Pilot pilot, List<Organization> organizations, AccountForm form, @Nullable Opened opened,
                           List<NeverSignedIn.Account> waiting, @Nullable Resent resent) {

    /** A new one-time code for an account that has not signed in yet; the old one stops working once this one is used. */
    public record Resent(String email, String code, Instant expiresAt) {
    }

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
