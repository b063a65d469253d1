package org.maillage.directory.auth;

import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One-time password tokens: handed over by a coordinator, or emailed (AccountLinks); stored hashed, valid once.
 * A password changed with one is announced, so the person hears of it in case it was not them.
 */
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
    private final AccountNotices notices;

    public PasswordResets(PasswordResetRepository resets, AccountRepository accounts, RefreshTokens refreshTokens,
                          PasswordHasher hasher, TokenSettings settings, SignInFailures failures, AccountNotices notices) {
        this.resets = resets;
        this.notices = notices;
        this.accounts = accounts;
        this.failures = failures;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.settings = settings;
    }

    /** The one-time code a coordinator hands over. */
    @Transactional
    public Issued issue(UUID accountId) {
        return issue(accountId, "RESET", settings.getPasswordResetLifetime());
    }

    /** A token of any purpose (V14); only its hash is kept. */
    @Transactional
    Issued issue(UUID accountId, String purpose, java.time.Duration lifetime) {
        String token = refreshTokens.newToken();
        Instant now = Instant.now();
        Instant expires = now.plus(lifetime);
        resets.save(new PasswordResetRow(RefreshTokens.hash(token), accountId, expires, null, purpose, now));
        return new Issued(token, expires);
    }

    /**
     * Sets the new password, unlocks the account, ends all its sessions and closes every other token still open for it
     * (an earlier invitation link, a coordinator's code, a "forgot my password" link): whoever held one of those, the
     * password is now the one just chosen. The token is checked before the new password is hashed: an unknown token
     * costs one indexed read, not an Argon2 hash.
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
        Instant now = Instant.now();
        resets.update(tokenHash, now);
        resets.closeOpen(account.get().id(), now);
        accounts.update(account.get().id(), passwordHash);
        failures.clear(account.get().email());
        refreshTokens.revokeAll(account.get().id());
        notices.passwordChanged(account.get().id());
        return true;
    }
}
