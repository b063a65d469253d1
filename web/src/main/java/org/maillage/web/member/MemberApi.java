package org.maillage.web.member;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.maillage.web.api.Api;
import org.maillage.web.api.ApiException;
import org.maillage.web.session.Session;
import org.maillage.web.session.Sessions;
import org.maillage.web.session.SignInRequired;

import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** The platform's API called as the person signed in, with their session's token. */
@Singleton
public class MemberApi {

    private final Api api;
    private final Sessions sessions;
    private final JsonMapper json;

    public MemberApi(Api api, Sessions sessions, JsonMapper json) {
        this.api = api;
        this.sessions = sessions;
        this.json = json;
    }

    /** The person signed in, or the sign-in page; a page for suppliers only answers others "forbidden". */
    public Member member(HttpRequest<?> request, boolean suppliersOnly) {
        Session session = Sessions.of(request).orElseThrow(SignInRequired::new);
        String token = sessions.accessToken(session);
        Claims claims = claims(token);
        Member m = new Member(token, UUID.fromString(claims.sub()), claims.org() == null ? null : UUID.fromString(claims.org()), session.role());
        if (suppliersOnly && (!m.supplier() || m.organizationId() == null)) {
            throw new ApiException(403, "a page for enterprises' accounts", List.of());
        }
        return m;
    }

    public <T> T get(Member m, String path, Class<T> type) {
        return api.exchange(HttpRequest.GET(path), Argument.of(type), m.accessToken());
    }

    public <T> List<T> list(Member m, String path, Class<T> type) {
        return api.list(path, type, m.accessToken());
    }

    public <T> T post(Member m, String path, Object body, Class<T> type) {
        return api.exchange(HttpRequest.POST(path, body), Argument.of(type), m.accessToken());
    }

    public <T> T put(Member m, String path, Object body, Class<T> type) {
        return api.exchange(HttpRequest.PUT(path, body), Argument.of(type), m.accessToken());
    }

    /** The token came from the platform through the session table, never from the browser: reading its claims is enough. */
    private Claims claims(String jwt) {
        String[] parts = jwt.split("\\.");
        try {
            return json.readValue(Base64.getUrlDecoder().decode(parts.length > 1 ? parts[1] : ""), Claims.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("unreadable access token", e);
        }
    }

    @Serdeable
    record Claims(String sub, @Nullable String org) {
    }
}
