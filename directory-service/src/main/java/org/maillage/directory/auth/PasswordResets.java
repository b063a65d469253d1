package org.maillage.directory.auth;

import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** One-time password-reset tokens that a coordinator hands to a person; stored hashed, valid once. */
@Singleton
public class PasswordResets {

    @Serdeable
    public record Issued(@Schema(maxLength = 64) String token, Instant expiresAt) {
    }

    private final TransactionOperations<Connection> tx;
    private final RefreshTokens refreshTokens;
    private final PasswordHasher hasher;
    private final TokenSettings settings;
    private final SignInFailures failures;

    public PasswordResets(TransactionOperations<Connection> tx, RefreshTokens refreshTokens, PasswordHasher hasher,
                          TokenSettings settings, SignInFailures failures) {
        this.tx = tx;
        this.failures = failures;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.settings = settings;
    }

    public Issued issue(UUID accountId) {
        String token = refreshTokens.newToken();
        Instant expires = Instant.now().plus(settings.getPasswordResetLifetime());
        tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "insert into password_reset (token_hash, account_id, expires_at) values (?, ?, ?)")) {
                ps.setString(1, RefreshTokens.hash(token));
                ps.setObject(2, accountId);
                ps.setTimestamp(3, Timestamp.from(expires));
                return ps.executeUpdate();
            }
        });
        return new Issued(token, expires);
    }

    /**
     * Sets the new password, unlocks the account and ends all its sessions. The token is checked before
     * the new password is hashed: an unknown token costs one indexed read, not an Argon2 hash.
     */
    public void reset(String token, String newPassword) {
        String tokenHash = RefreshTokens.hash(token);
        boolean usable = tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "select 1 from password_reset where token_hash = ? and used_at is null and expires_at > now()")) {
                ps.setString(1, tokenHash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
        if (!usable) {
            throw AuthProblems.invalidResetToken();
        }
        String hash = hasher.hash(newPassword);
        // used once: of two requests with the same token, only the first to mark it used changes the password
        boolean done = tx.executeWrite(status -> {
            Connection c = status.getConnection();
            UUID account;
            String email;
            try (PreparedStatement ps = c.prepareStatement("""
                    update password_reset r set used_at = now() from account a
                    where r.token_hash = ? and r.used_at is null and r.expires_at > now() and a.id = r.account_id
                    returning a.id, a.email""")) {
                ps.setString(1, tokenHash);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                    account = rs.getObject(1, UUID.class);
                    email = rs.getString(2);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("update account set password_hash = ? where id = ?")) {
                ps.setString(1, hash);
                ps.setObject(2, account);
                ps.executeUpdate();
            }
            failures.clear(c, email);
            refreshTokens.revokeAll(c, account);
            return true;
        });
        if (!done) {
            throw AuthProblems.invalidResetToken();
        }
    }
}
