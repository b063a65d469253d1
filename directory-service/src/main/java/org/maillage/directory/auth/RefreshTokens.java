package org.maillage.directory.auth;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Opaque refresh tokens, stored only as SHA-256 hashes. Each use rotates the token; presenting a token
 * that was already used means it was stolen or replayed, so its whole family (the sign-in) is revoked.
 */
@Singleton
public class RefreshTokens {

    /** What presenting a refresh token led to. */
    public sealed interface Rotation {
        record Rotated(UUID accountId, String newToken) implements Rotation { }
        record Rejected() implements Rotation { }
        record ReuseDetected(UUID familyId) implements Rotation { }
    }

    private final TransactionOperations<Connection> tx;
    private final TokenSettings settings;
    private final SecureRandom random = new SecureRandom();

    public RefreshTokens(TransactionOperations<Connection> tx, TokenSettings settings) {
        this.tx = tx;
        this.settings = settings;
    }

    /** A new family: one sign-in. */
    public String start(UUID accountId) {
        return tx.executeWrite(status -> insert(status.getConnection(), accountId, UUID.randomUUID()));
    }

    public Rotation rotate(String token) {
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            try (PreparedStatement ps = c.prepareStatement("""
                    select family_id, account_id, expires_at, used_at, revoked_at from refresh_token
                    where token_hash = ? for update""")) {
                ps.setString(1, hash(token));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getTimestamp(5) != null || rs.getTimestamp(3).toInstant().isBefore(Instant.now())) {
                        return new Rotation.Rejected();
                    }
                    UUID family = rs.getObject(1, UUID.class);
                    if (rs.getTimestamp(4) != null) {
                        revokeFamily(c, family);
                        return new Rotation.ReuseDetected(family);
                    }
                    UUID account = rs.getObject(2, UUID.class);
                    try (PreparedStatement used = c.prepareStatement("update refresh_token set used_at = now() where token_hash = ?")) {
                        used.setString(1, hash(token));
                        used.executeUpdate();
                    }
                    return new Rotation.Rotated(account, insert(c, account, family));
                }
            }
        });
    }

    /** Log-out: the token's whole family stops working. Unknown tokens are ignored. */
    public void revoke(String token) {
        tx.executeWrite(status -> {
            Connection c = status.getConnection();
            Optional<UUID> family = familyOf(c, token);
            if (family.isPresent()) {
                revokeFamily(c, family.get());
            }
            return null;
        });
    }

    public void revokeAll(Connection c, UUID accountId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update refresh_token set revoked_at = now() where account_id = ? and revoked_at is null")) {
            ps.setObject(1, accountId);
            ps.executeUpdate();
        }
    }

    private String insert(Connection c, UUID accountId, UUID family) throws SQLException {
        String token = newToken();
        try (PreparedStatement ps = c.prepareStatement(
                "insert into refresh_token (token_hash, family_id, account_id, expires_at) values (?, ?, ?, ?)")) {
            ps.setString(1, hash(token));
            ps.setObject(2, family);
            ps.setObject(3, accountId);
            ps.setTimestamp(4, Timestamp.from(Instant.now().plus(settings.getRefreshTokenLifetime())));
            ps.executeUpdate();
        }
        return token;
    }

    private static Optional<UUID> familyOf(Connection c, String token) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select family_id from refresh_token where token_hash = ?")) {
            ps.setString(1, hash(token));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    private static void revokeFamily(Connection c, UUID family) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update refresh_token set revoked_at = now() where family_id = ? and revoked_at is null")) {
            ps.setObject(1, family);
            ps.executeUpdate();
        }
    }

    String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
