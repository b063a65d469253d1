package org.maillage.directory.auth;

import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Sign-in, refresh and log-out. Failed sign-ins are counted per email address, whether an account has
 * it or not (SignInFailures): after a few they are answered more and more slowly, then the address is
 * locked for a while. A known and an unknown address get the same answers and the same work (one
 * Argon2 hash, against a dummy hash when there is no account), so neither tells whether it exists.
 */
@Singleton
public class AuthService {

    /** Hashed once so an unknown email costs as much time as a wrong password. */
    private final String dummyHash;

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final SignInFailures failures;
    private final TokenSettings settings;
    private final SignInRepository signIns;
    private final AccountNotices notices;

    public AuthService(AccountRepository accounts, PasswordHasher hasher, AccessTokens accessTokens,
                       RefreshTokens refreshTokens, SignInFailures failures, TokenSettings settings, SignInRepository signIns,
                       AccountNotices notices) {
        this.accounts = accounts;
        this.notices = notices;
        this.hasher = hasher;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.failures = failures;
        this.settings = settings;
        this.signIns = signIns;
        this.dummyHash = hasher.hash("not a password of anyone");
    }

    public TokenResponse login(String rawEmail, String password) {
        String email = rawEmail.strip().toLowerCase(Locale.ROOT);
        Instant now = Instant.now();
        Optional<Instant> locked = failures.lockedUntil(email);
        if (locked.isPresent()) {
            throw AuthProblems.locked(Duration.between(now, locked.get()));
        }
        Optional<Account> found = accounts.findByEmail(email);
        boolean right = hasher.matches(password, found.map(Account::passwordHash).orElse(dummyHash)) && found.isPresent();
        if (!right) {
            SignInFailures.Outcome outcome = failures.record(email);
            if (outcome.lockedUntil().isPresent()) {
                if (outcome.failures() == settings.getFailuresBeforeLock()) {
                    // this failure set the lock: the person hears of it once, in case it was not them
                    notices.locked(email, outcome.lockedUntil().get());
                }
                throw AuthProblems.locked(Duration.between(now, outcome.lockedUntil().get()));
            }
            slowDown(outcome.failures());
            throw AuthProblems.invalidCredentials();
        }
        // wrong passwords sent at the same time may have locked the address while this one was checked
        Optional<Instant> lockedMeanwhile = failures.clearUnlessLocked(email);
        if (lockedMeanwhile.isPresent()) {
            throw AuthProblems.locked(Duration.between(now, lockedMeanwhile.get()));
        }
        Account account = found.get();
        signIns.record(account.id(), now);
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
