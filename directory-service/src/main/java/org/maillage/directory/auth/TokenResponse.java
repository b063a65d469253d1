package org.maillage.directory.auth;

import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.serde.annotation.Serdeable;

/** OAuth 2 style token answer, plus the role and language the front end needs straight away. */
@Serdeable
public record TokenResponse(@Schema(maxLength = 4096) String accessToken, @Schema(maxLength = 10) String tokenType,
                            @Schema(minimum = "1", maximum = "3600") long expiresIn, @Schema(maxLength = 64) String refreshToken,
                            @Schema(maxLength = 20) String role, @Schema(maxLength = 2) String language) {
}
