package org.maillage.web.session;

/** The platform no longer honours this session (signed out elsewhere, refresh token revoked): the person signs in again. */
public class SessionEnded extends RuntimeException {

    public SessionEnded() {
        super("session ended", null, false, false);
    }
}
