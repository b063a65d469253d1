package org.maillage.web.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** POST /api/auth/login and /api/auth/refresh answer this; it stays on the server. */
@Serdeable
public record Tokens(String accessToken, long expiresIn, String refreshToken, String role, @Nullable String language) {

    @Serdeable
    public record Login(String email, String password) {
    }

    @Serdeable
    public record Refresh(String refreshToken) {
    }
}
