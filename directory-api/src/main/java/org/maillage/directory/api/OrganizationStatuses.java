package org.maillage.directory.api;

import java.util.Set;

/**
 * An organization's status, as {@link OrganizationState} carries it. PENDING and REFUSED are applications: the
 * organization asked to join a pilot and is not (yet, or ever) a member, so it is never public. ACTIVE and INACTIVE are
 * members (a deactivated one stays shown as such: contracts and contacts name it).
 */
public final class OrganizationStatuses {

    public static final Set<String> APPLICATIONS = Set.of("PENDING", "REFUSED");

    private OrganizationStatuses() {
    }

    public static boolean isApplication(String status) {
        return APPLICATIONS.contains(status);
    }
}
