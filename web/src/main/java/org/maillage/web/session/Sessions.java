package org.maillage.web.session;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import org.maillage.directory.api.http.Auth;
import org.maillage.directory.api.http.Role;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Sign-in, the access token of a request (refreshed when it is about to expire), and sign-out. */
@Singleton
public class Sessions {

    static final String ATTRIBUTE = "maillage.session";
    // refresh a little early, so a token does not expire between this check and the API's
    private static final Duration MARGIN = Duration.ofSeconds(30);

    private final AuthClient auth;
    private final SessionStore store;

    public Sessions(AuthClient auth, SessionStore store) {
        this.auth = auth;
        this.store = store;
    }

    public static Optional<Session> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, Session.class);
    }

    /** Signs in on the platform; answers the tokens' role and language and the new session's cookie value. */
    public SignedIn signIn(String email, String password) {
        Auth.Tokens tokens = auth.login(new Auth.Login(email, password));
        return new SignedIn(store.create(email, tokens), tokens.language(), tokens.role());
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
            Auth.Tokens t = auth.refresh(new Auth.Refresh(current.refreshToken()));
            return new Session(current.idHash(), current.email(), current.role(), current.csrfToken(), t.accessToken(),
                    Instant.now().plusSeconds(t.expiresIn()), t.refreshToken());
        });
        if (renewed == null) {
            throw new SessionEnded();
        }
        return renewed.accessToken();
    }

    /** Revokes the refresh token on the platform, then forgets the session here whatever the platform said. */
    public void signOut(Session session) {
        try {
            auth.logout(new Auth.Refresh(session.refreshToken()));
        } finally {
            store.delete(session.idHash());
        }
    }

    public void end(Session session) {
        store.delete(session.idHash());
    }

    /** @param role the account's role, whose own pages a sign-in leads to when it was asked for no other page */
    public record SignedIn(String sessionId, String language, Role role) {

        /** Where a person signed in goes when no page asked for the sign-in: their own dashboard. */
        public String home() {
            return switch (role) {
                case COORDINATOR -> "/coordinator";
                case BUYER -> "/buyer";
                case SUPPLIER -> "/supplier";
            };
        }
    }
}
