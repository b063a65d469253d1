package org.maillage.web.buyer;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.maillage.web.api.ApiException;
import org.maillage.web.session.Session;
import org.maillage.web.session.Sessions;
import org.maillage.web.session.SignInRequired;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Only a signed-in BUYER of an organization reaches these pages: anyone else signs in, or is refused. */
@Singleton
public class Buyers {

    private final Sessions sessions;
    private final JsonMapper json;

    public Buyers(Sessions sessions, JsonMapper json) {
        this.sessions = sessions;
        this.json = json;
    }

    public Buyer require(HttpRequest<?> request) {
        Session session = Sessions.of(request).orElseThrow(SignInRequired::new);
        if (!"BUYER".equals(session.role())) {
            throw new ApiException(403, "buyers only", List.of());
        }
        String token = sessions.accessToken(session);
        Buyer.Claims claims = claims(token);
        if (claims.org() == null) {
            throw new ApiException(403, "an account without an organization", List.of());
        }
        List<UUID> pilots = claims.pilots() == null ? List.of() : claims.pilots().stream().map(UUID::fromString).toList();
        return new Buyer(token, UUID.fromString(claims.org()), claims.unit() == null ? null : UUID.fromString(claims.unit()), pilots);
    }

    /** The token came from the platform itself over TLS or the local network: reading its payload is enough here. */
    private Buyer.Claims claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalStateException("an access token that is not a JWT");
        }
        try {
            return json.readValue(Base64.getUrlDecoder().decode(parts[1]), Buyer.Claims.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
