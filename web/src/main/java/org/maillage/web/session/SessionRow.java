package org.maillage.web.session;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of the session table: keyed by the hash of the cookie's id, the tokens encrypted (see SessionStore). */
@MappedEntity("web_session")
record SessionRow(@Id String idHash, String email, String role, String csrfToken, byte[] accessToken, Instant accessExpiresAt,
                  byte[] refreshToken, Instant createdAt, Instant lastSeenAt) {
}
