package org.maillage.directory.organization;

import io.micronaut.core.annotation.Nullable;
import org.maillage.directory.api.OrganizationStatuses;
import org.maillage.platform.security.Caller;

/**
 * Who sees an organization, in one place. A member of a pilot is public. An application (PENDING or REFUSED, see
 * OrganizationStatuses) is seen only by its own accounts and by the coordinators of a pilot it applied to: to everyone
 * else, the public and other organizations, it does not exist (404), by URL, in lists and through every endpoint.
 */
public final class Visibility {

    private Visibility() {
    }

    /** @param caller null for a visitor who is not signed in */
    public static boolean seenBy(@Nullable Caller caller, OrganizationDetails o) {
        if (!OrganizationStatuses.isApplication(o.status())) {
            return true;
        }
        return caller != null && (caller.belongsTo(o.id()) || o.pilots().stream().anyMatch(m -> caller.coordinates(m.pilotId())));
    }
}
