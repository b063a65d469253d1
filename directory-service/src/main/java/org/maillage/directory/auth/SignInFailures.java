package org.maillage.directory.auth;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins per email address, known or not. Each failure is one atomic upsert that counts and,
 * at the threshold, locks in the same statement: concurrent wrong passwords cannot slip past the count
 * (each request reads the count its own increment produced), and the lock they set holds.
 */
@Singleton
public class SignInFailures {

    /** What one more failure led to: the count, and the lock's end if the address is now locked. */
    public record Outcome(int failures, Optional<Instant> lockedUntil) {
    }

    private final TransactionOperations<Connection> tx;
    private final TokenSettings settings;

    public SignInFailures(TransactionOperations<Connection> tx, TokenSettings settings) {
        this.tx = tx;
        this.settings = settings;
    }

    /** The end of the current lock on this address, if it is locked now. */
    public Optional<Instant> lockedUntil(String email) {
        return tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "select locked_until from sign_in_failure where email_key = ? and locked_until > now()")) {
                ps.setString(1, key(email));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty();
                }
            }
        });
    }

    /** Counts one failure; an expired lock starts the count again. Commits on its own, before the refusal is sent. */
    public Outcome record(String email) {
        return tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement("""
                    insert into sign_in_failure as f (email_key, failures, locked_until, last_failure_at)
                    values (?, 1, case when 1 >= ? then now() + ? * interval '1 second' end, now())
                    on conflict (email_key) do update set
                        failures = case when f.locked_until <= now() then 1 else f.failures + 1 end,
                        locked_until = case
                            when f.locked_until > now() then f.locked_until
                            when (case when f.locked_until <= now() then 1 else f.failures + 1 end) >= ?
                                then now() + ? * interval '1 second'
                            end,
                        last_failure_at = now()
                    returning failures, locked_until""")) {
                long lockSeconds = settings.getLockDuration().toSeconds();
                ps.setString(1, key(email));
                ps.setInt(2, settings.getFailuresBeforeLock());
                ps.setLong(3, lockSeconds);
                ps.setInt(4, settings.getFailuresBeforeLock());
                ps.setLong(5, lockSeconds);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Outcome(rs.getInt(1), Optional.ofNullable(rs.getTimestamp(2)).map(java.sql.Timestamp::toInstant));
                }
            }
        });
    }

    /**
     * After a right password: forgets past failures unless a lock was set meanwhile (by concurrent
     * wrong passwords), in which case the lock wins and its end is returned.
     */
    public Optional<Instant> clearUnlessLocked(String email) {
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            try (PreparedStatement ps = c.prepareStatement(
                    "select locked_until from sign_in_failure where email_key = ? and locked_until > now() for update")) {
                ps.setString(1, key(email));
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return Optional.of(rs.getTimestamp(1).toInstant());
                    }
                }
            }
            clear(c, email);
            return Optional.empty();
        });
    }

    /** A new password (reset) unlocks the address. */
    public void clear(Connection c, String email) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("delete from sign_in_failure where email_key = ?")) {
            ps.setString(1, key(email));
            ps.executeUpdate();
        }
    }

    /** Rows of addresses that stopped failing long ago carry no lock and no useful count. */
    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void forgetOld() {
        Duration keep = settings.getLockDuration().multipliedBy(4);
        tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "delete from sign_in_failure where last_failure_at < now() - ? * interval '1 second'"
                            + " and (locked_until is null or locked_until < now())")) {
                ps.setLong(1, keep.toSeconds());
                return ps.executeUpdate();
            }
        });
    }

    static String key(String email) {
        return RefreshTokens.hash(email);
    }
}
