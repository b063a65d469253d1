package org.maillage.web.member;

import java.util.UUID;

/**
 * The person signed in, as the pages that act for their organization need them.
 *
 * @param accessToken    a valid token of the session, for the API only; never rendered
 * @param organizationId the organization the account belongs to (the token's {@code org} claim)
 */
public record Member(String accessToken, UUID accountId, UUID organizationId, String role) {

    public boolean supplier() {
        return "SUPPLIER".equals(role);
    }
}
