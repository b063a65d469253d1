package org.maillage.directory.auth;

import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One-time password-reset tokens that a coordinator hands to a person; stored hashed, valid once. */
@Singleton
public class PasswordResets {

    @Serdeable
    public record Issued(@Schema(maxLength = 64) String token, Instant expiresAt) {
    }

    private final PasswordResetRepository resets;
    private final AccountRepository accounts;
    private final RefreshTokens refreshTokens;
    private final PasswordHasher hasher;
    private final TokenSettings settings;
    private final SignInFailures failures;

    public PasswordResets(PasswordResetRepository resets, AccountRepository accounts, RefreshTokens refreshTokens,
                          PasswordHasher hasher, TokenSettings settings, SignInFailures failures) {
        this.resets = resets;
        this.accounts = accounts;
        this.failures = failures;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.settings = settings;
    }

    @Transactional
    public Issued issue(UUID accountId) {
        String token = refreshTokens.newToken();
        Instant expires = Instant.now().plus(settings.getPasswordResetLifetime());
        resets.save(new PasswordResetRow(RefreshTokens.hash(token), accountId, expires, null));
        return new Issued(token, expires);
    }

    /**
     * Sets the new password, unlocks the account and ends all its sessions. The token is checked before
     * the new password is hashed: an unknown token costs one indexed read, not an Argon2 hash.
     */
    public void reset(String token, String newPassword) {
        String tokenHash = RefreshTokens.hash(token);
        if (resets.findById(tokenHash).filter(PasswordResetRow::usable).isEmpty()) {
            throw AuthProblems.invalidResetToken();
        }
        if (!resetPassword(tokenHash, hasher.hash(newPassword))) {
            throw AuthProblems.invalidResetToken();
        }
    }

    /** Used once: of two requests with the same token, only the first to mark it used changes the password. */
    @Transactional
    boolean resetPassword(String tokenHash, String passwordHash) {
        Optional<PasswordResetRow> reset = resets.findByIdForUpdate(tokenHash).filter(PasswordResetRow::usable);
        Optional<Account> account = reset.flatMap(r -> accounts.findById(r.accountId()));
        if (account.isEmpty()) {
            return false;
        }
        resets.update(tokenHash, Instant.now());
        accounts.update(account.get().id(), passwordHash);
        failures.clear(account.get().email());
        refreshTokens.revokeAll(account.get().id());
        return true;
    }
}
