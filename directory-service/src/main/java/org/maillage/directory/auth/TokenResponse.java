package org.maillage.directory.auth;

import io.micronaut.serde.annotation.Serdeable;

/** OAuth 2 style token answer, plus the role and language the front end needs straight away. */
@Serdeable
public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken,
                            String role, String language) {
}
