package org.maillage.web.session;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import org.maillage.web.api.Api;
import org.maillage.web.api.ApiException;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Sign-in, the access token of a request (refreshed when it is about to expire), and sign-out. */
@Singleton
public class Sessions {

    static final String ATTRIBUTE = "maillage.session";
    // refresh a little early, so a token does not expire between this check and the API's
    private static final Duration MARGIN = Duration.ofSeconds(30);

    private final Api api;
    private final SessionStore store;

    public Sessions(Api api, SessionStore store) {
        this.api = api;
        this.store = store;
    }

    public static Optional<Session> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, Session.class);
    }

    /** Signs in on the platform; answers the tokens' role and language and the new session's cookie value. */
    public SignedIn signIn(String email, String password) {
        Tokens tokens = api.post("/api/auth/login", new Tokens.Login(email, password), Tokens.class);
        return new SignedIn(store.create(email, tokens), tokens.language());
    }

    /** A valid access token for this session: the stored one, or a new pair from the refresh token. */
    public String accessToken(Session session) {
        if (session.accessExpiresAt().isAfter(Instant.now().plus(MARGIN))) {
            return session.accessToken();
        }
        Session renewed = store.renew(session.idHash(), current -> {
            if (current.accessExpiresAt().isAfter(Instant.now().plus(MARGIN))) {
                return current;
            }
            Tokens t = api.post("/api/auth/refresh", new Tokens.Refresh(current.refreshToken()), Tokens.class);
            return new Session(current.idHash(), current.email(), current.role(), current.csrfToken(), t.accessToken(),
                    Instant.now().plusSeconds(t.expiresIn()), t.refreshToken());
        });
        if (renewed == null) {
            throw new ApiException(401, "session ended", java.util.List.of());
        }
        return renewed.accessToken();
    }

    /** Revokes the refresh token on the platform, then forgets the session here whatever the platform said. */
    public void signOut(Session session) {
        try {
            api.post("/api/auth/logout", new Tokens.Refresh(session.refreshToken()));
        } finally {
            store.delete(session.idHash());
        }
    }

    public void end(Session session) {
        store.delete(session.idHash());
    }

    public record SignedIn(String sessionId, String language) {
    }
}
