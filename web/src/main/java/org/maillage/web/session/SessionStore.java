package org.maillage.web.session;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The session table: rows keyed by the hash of the cookie's id, tokens encrypted. */
@Singleton
public class SessionStore {

    private final DataSource db;
    private final TokenCipher cipher;
    private final int idleMinutes;

    public SessionStore(DataSource db, TokenCipher cipher, @Value("${maillage.web.session-idle-minutes:60}") int idleMinutes) {
        this.db = db;
        this.cipher = cipher;
        this.idleMinutes = idleMinutes;
    }

    /** Stores a new session; answers the id for the cookie, which is kept nowhere else. */
    public String create(String email, Tokens tokens) {
        String id = SessionIds.random();
        String hash = SessionIds.hash(id);
        sql(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO web_session (id_hash, email, role, csrf_token, access_token, access_expires_at, refresh_token)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                s.setString(1, hash);
                s.setString(2, email);
                s.setString(3, tokens.role());
                s.setString(4, SessionIds.random());
                s.setBytes(5, cipher.encrypt(tokens.accessToken(), hash));
                s.setTimestamp(6, Timestamp.from(Instant.now().plusSeconds(tokens.expiresIn())));
                s.setBytes(7, cipher.encrypt(tokens.refreshToken(), hash));
                s.executeUpdate();
            }
            return null;
        });
        return id;
    }

    /** The live session of a cookie's id; an idle one is gone. Seeing it keeps it alive. */
    public Optional<Session> find(String id) {
        String hash = SessionIds.hash(id);
        return sql(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    UPDATE web_session SET last_seen_at = now()
                    WHERE id_hash = ? AND last_seen_at > now() - make_interval(mins => ?)
                    RETURNING id_hash, email, role, csrf_token, access_token, access_expires_at, refresh_token""")) {
                s.setString(1, hash);
                s.setInt(2, idleMinutes);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(read(r)) : Optional.<Session>empty();
                }
            }
        });
    }

    /**
     * Replaces the tokens under the row's lock. {@code renew} sees the row as it is once locked, so of two
     * requests refreshing at once the second finds fresh tokens and uses them rather than replaying the
     * refresh token (which would revoke the whole session on the platform).
     */
    public Session renew(String idHash, UnaryOperator<Session> renew) {
        return sql(c -> {
            c.setAutoCommit(false);
            try {
                Session current;
                try (PreparedStatement s = c.prepareStatement("""
                        SELECT id_hash, email, role, csrf_token, access_token, access_expires_at, refresh_token
                        FROM web_session WHERE id_hash = ? FOR UPDATE""")) {
                    s.setString(1, idHash);
                    try (ResultSet r = s.executeQuery()) {
                        if (!r.next()) {
                            c.rollback();
                            return null;
                        }
                        current = read(r);
                    }
                }
                Session next = renew.apply(current);
                if (next != current) {
                    try (PreparedStatement s = c.prepareStatement(
                            "UPDATE web_session SET access_token = ?, access_expires_at = ?, refresh_token = ? WHERE id_hash = ?")) {
                        s.setBytes(1, cipher.encrypt(next.accessToken(), idHash));
                        s.setTimestamp(2, Timestamp.from(next.accessExpiresAt()));
                        s.setBytes(3, cipher.encrypt(next.refreshToken(), idHash));
                        s.setString(4, idHash);
                        s.executeUpdate();
                    }
                }
                c.commit();
                return next;
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            }
        });
    }

    public void delete(String idHash) {
        sql(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM web_session WHERE id_hash = ?")) {
                s.setString(1, idHash);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Idle sessions are already refused; this only keeps the table small. */
    @Scheduled(fixedDelay = "10m", initialDelay = "1m")
    void purgeIdle() {
        sql(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM web_session WHERE last_seen_at < now() - make_interval(mins => ?)")) {
                s.setInt(1, idleMinutes);
                s.executeUpdate();
            }
            return null;
        });
    }

    private Session read(ResultSet r) throws SQLException {
        String hash = r.getString("id_hash");
        return new Session(hash, r.getString("email"), r.getString("role"), r.getString("csrf_token"),
                cipher.decrypt(r.getBytes("access_token"), hash), r.getTimestamp("access_expires_at").toInstant(),
                cipher.decrypt(r.getBytes("refresh_token"), hash));
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T sql(Work<T> work) {
        try (Connection c = db.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("session table: " + e.getMessage(), e);
        }
    }
}
