package org.maillage.web.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.maillage.directory.api.http.Role;
import org.maillage.web.client.ApiCalls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is signed in, read once per request: the session the filter found, a valid access token (refreshed when about to
 * expire), and the claims the platform signed into it. The token then goes on the request for the typed clients
 * ({@link ApiCalls#TOKEN}).
 */
@Singleton
public class Visitors {

    private static final String ATTRIBUTE = "maillage.visitor";

    private final Sessions sessions;
    private final JsonMapper json;

    public Visitors(Sessions sessions, JsonMapper json) {
        this.sessions = sessions;
        this.json = json;
    }

    /** The payload of the access token, as directory-service signs it. */
    @Serdeable
    record Claims(String sub, @Nullable String org, @Nullable String unit, @Nullable List<String> pilots) {
    }

    public Optional<Visitor> of(HttpRequest<?> request) {
        Optional<Visitor> known = request.getAttribute(ATTRIBUTE, Visitor.class);
        if (known.isPresent()) {
            return known;
        }
        Optional<Visitor> visitor = Sessions.of(request).map(session -> {
            String token = sessions.accessToken(session);
            request.setAttribute(ApiCalls.TOKEN, token);
            Claims c = claims(token);
            return new Visitor(UUID.fromString(c.sub()), session.email(), Role.valueOf(session.role()), token,
                    c.org() == null ? null : UUID.fromString(c.org()), c.unit() == null ? null : UUID.fromString(c.unit()),
                    c.pilots() == null ? List.of() : c.pilots().stream().map(UUID::fromString).toList());
        });
        visitor.ifPresent(v -> request.setAttribute(ATTRIBUTE, v));
        return visitor;
    }

    /** The token came from the platform itself, through the gateway: reading its payload is enough here (the API checks it). */
    private Claims claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalStateException("an access token that is not a JWT");
        }
        try {
            return json.readValue(Base64.getUrlDecoder().decode(parts[1]), Claims.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
