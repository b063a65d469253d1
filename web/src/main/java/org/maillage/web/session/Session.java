package org.maillage.web.session;

import java.time.Instant;

/** A signed-in person's session as the site keeps it; the tokens never leave the server. */
public record Session(String idHash, String email, String role, String csrfToken,
                      String accessToken, Instant accessExpiresAt, String refreshToken) {
}
