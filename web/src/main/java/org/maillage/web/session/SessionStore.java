package org.maillage.web.session;

import org.maillage.directory.api.http.Auth;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The session table: rows keyed by the hash of the cookie's id, tokens encrypted. */
@Singleton
public class SessionStore {

    private final SessionRepository sessions;
    private final TokenCipher cipher;
    private final int idleMinutes;
    private final int maxHours;

    /**
     * @param idleMinutes a session unused this long ends
     * @param maxHours    and any session ends this long after its sign-in, however busy (MAILLAGE_WEB_SESSION_MAX_HOURS)
     */
    public SessionStore(SessionRepository sessions, TokenCipher cipher, @Value("${maillage.web.session-idle-minutes:60}") int idleMinutes,
                        @Value("${maillage.web.session-max-hours:12}") int maxHours) {
        this.sessions = sessions;
        this.cipher = cipher;
        this.idleMinutes = idleMinutes;
        this.maxHours = maxHours;
    }

    /** Stores a new session; answers the id for the cookie, which is kept nowhere else. */
    public String create(String email, Auth.Tokens tokens) {
        String id = SessionIds.random();
        String hash = SessionIds.hash(id);
        Instant now = Instant.now();
        sessions.save(new SessionRow(hash, email, tokens.role().name(), SessionIds.random(), cipher.encrypt(tokens.accessToken(), hash),
                now.plusSeconds(tokens.expiresIn()), cipher.encrypt(tokens.refreshToken(), hash), now, now));
        return id;
    }

    /** The live session of a cookie's id; an idle or too old one is gone. Seeing it keeps it alive, up to its lifetime. */
    public Optional<Session> find(String id) {
        return sessions.touch(SessionIds.hash(id), idleMinutes, maxHours).stream().findFirst().map(this::session);
    }

    /**
     * Replaces the tokens under the row's lock. {@code renew} sees the row as it is once locked, so of two
     * requests refreshing at once the second finds fresh tokens and uses them rather than replaying the
     * refresh token (which would revoke the whole session on the platform).
     */
    @Transactional
    public Session renew(String idHash, UnaryOperator<Session> renew) {
        Optional<SessionRow> locked = sessions.findByIdHashForUpdate(idHash);
        if (locked.isEmpty()) {
            return null;
        }
        SessionRow row = locked.get();
        Session current = session(row);
        Session next = renew.apply(current);
        if (next != current) {
            sessions.update(new SessionRow(idHash, row.email(), row.role(), row.csrfToken(), cipher.encrypt(next.accessToken(), idHash),
                    next.accessExpiresAt(), cipher.encrypt(next.refreshToken(), idHash), row.createdAt(), row.lastSeenAt()));
        }
        return next;
    }

    public void delete(String idHash) {
        sessions.deleteById(idHash);
    }

    /** Idle and too old sessions are already refused (at the request, by touch); this only keeps the table small. */
    @Scheduled(fixedDelay = "10m", initialDelay = "1m")
    void purgeEnded() {
        Instant now = Instant.now();
        sessions.deleteByLastSeenAtLessThanOrCreatedAtLessThan(now.minus(Duration.ofMinutes(idleMinutes)), now.minus(Duration.ofHours(maxHours)));
    }

    private Session session(SessionRow r) {
        return new Session(r.idHash(), r.email(), r.role(), r.csrfToken(), cipher.decrypt(r.accessToken(), r.idHash()),
                r.accessExpiresAt(), cipher.decrypt(r.refreshToken(), r.idHash()));
    }
}
