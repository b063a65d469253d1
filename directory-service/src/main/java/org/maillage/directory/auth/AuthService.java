package org.maillage.directory.auth;

import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Sign-in, refresh and log-out. Failed sign-ins are counted on the account: after a few they are
 * answered more and more slowly, then the account is locked for a while. Counting commits on its own,
 * so the refusal that follows cannot roll it back.
 */
@Singleton
public class AuthService {

    /** Hashed once so an unknown email costs as much time as a wrong password. */
    private final String dummyHash;

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final TokenSettings settings;

    public AuthService(AccountRepository accounts, PasswordHasher hasher, AccessTokens accessTokens,
                       RefreshTokens refreshTokens, TokenSettings settings) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.settings = settings;
        this.dummyHash = hasher.hash("not a password of anyone");
    }

    public TokenResponse login(String email, String password) {
        Optional<Account> found = accounts.findByEmail(email.strip().toLowerCase(Locale.ROOT));
        if (found.isEmpty()) {
            hasher.matches(password, dummyHash);
            throw AuthProblems.invalidCredentials();
        }
        Account account = found.get();
        Instant now = Instant.now();
        if (account.lockedUntil() != null && account.lockedUntil().isAfter(now)) {
            throw AuthProblems.locked(Duration.between(now, account.lockedUntil()));
        }
        if (!hasher.matches(password, account.passwordHash())) {
            int failures = account.failedLogins() + 1;
            boolean lock = failures >= settings.getFailuresBeforeLock();
            accounts.update(account.withFailedLogin(lock ? 0 : failures, lock ? now.plus(settings.getLockDuration()) : null));
            if (lock) {
                throw AuthProblems.locked(settings.getLockDuration());
            }
            slowDown(failures);
            throw AuthProblems.invalidCredentials();
        }
        if (account.failedLogins() > 0 || account.lockedUntil() != null) {
            accounts.update(account.withFailedLogin(0, null));
        }
        return tokens(account, refreshTokens.start(account.id()));
    }

    public TokenResponse refresh(String refreshToken) {
        RefreshTokens.Rotation rotation = refreshTokens.rotate(refreshToken);
        if (rotation instanceof RefreshTokens.Rotation.Rotated rotated) {
            Account account = accounts.findById(rotated.accountId()).orElseThrow(AuthProblems::invalidRefreshToken);
            return tokens(account, rotated.newToken());
        }
        throw AuthProblems.invalidRefreshToken();
    }

    public void logout(String refreshToken) {
        refreshTokens.revoke(refreshToken);
    }

    private TokenResponse tokens(Account account, String refreshToken) {
        return new TokenResponse(accessTokens.issue(account), "Bearer", accessTokens.lifetimeSeconds(), refreshToken,
                account.role(), account.language());
    }

    private void slowDown(int failures) {
        int extra = failures - settings.getFailuresBeforeSlowdown() + 1;
        if (extra > 0) {
            try {
                Thread.sleep(Math.min(extra * 500L, 3_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
