package org.maillage.directory.auth;

import org.maillage.directory.api.http.Auth;
import org.maillage.directory.api.http.Role;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Sign-in, refresh and log-out. Failed sign-ins are counted per email address and client address (SignInFailures),
 * whether an account has the email or not: after a few from one address it is answered more and more slowly, then
 * that address (and only that one) is locked out of that email for a while; many failures from one address over any
 * emails slow it down too. A known and an unknown email get the same answers and the same work (one Argon2 hash,
 * against a dummy hash when there is no account), so neither tells whether it exists.
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

    /** @param clientAddress who sends the attempt, as the gateway saw it (ClientAddress) */
    public Auth.Tokens login(String rawEmail, String password, String clientAddress) {
        String email = rawEmail.strip().toLowerCase(Locale.ROOT);
        Instant now = Instant.now();
        Optional<Instant> locked = failures.lockedUntil(email, clientAddress);
        if (locked.isPresent()) {
            throw AuthProblems.locked(Duration.between(now, locked.get()));
        }
        Optional<Account> found = accounts.findByEmail(email);
        boolean right = hasher.matches(password, found.map(Account::passwordHash).orElse(dummyHash)) && found.isPresent();
        if (!right) {
            SignInFailures.Outcome outcome = failures.record(email, clientAddress);
            if (outcome.lockedUntil().isPresent()) {
                if (outcome.firstLock()) {
                    // the first address locked out of this email: the person hears of it once, in case it was not them
                    notices.locked(email, outcome.lockedUntil().get());
                }
                throw AuthProblems.locked(Duration.between(now, outcome.lockedUntil().get()));
            }
            slowDown(outcome);
            throw AuthProblems.invalidCredentials();
        }
        // wrong passwords sent at the same time from this address may have locked it out while this one was checked
        Optional<Instant> lockedMeanwhile = failures.clearUnlessLocked(email, clientAddress);
        if (lockedMeanwhile.isPresent()) {
            throw AuthProblems.locked(Duration.between(now, lockedMeanwhile.get()));
        }
        Account account = found.get();
        signIns.record(account.id(), now);
        return tokens(account, refreshTokens.start(account.id()));
    }

    public Auth.Tokens refresh(String refreshToken) {
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

    private Auth.Tokens tokens(Account account, String refreshToken) {
        return new Auth.Tokens(accessTokens.issue(account), "Bearer", accessTokens.lifetimeSeconds(), refreshToken,
                Role.valueOf(account.role()), account.language());
    }

    /** Half a second more per failure past the thresholds, of this email from this address or of this address overall; 3 s at most. */
    private void slowDown(SignInFailures.Outcome outcome) {
        int extra = Math.max(outcome.failures() - settings.getFailuresBeforeSlowdown() + 1,
                outcome.addressFailures() - settings.getAddressFailuresBeforeSlowdown() + 1);
        if (extra > 0) {
            try {
                Thread.sleep(Math.min(extra * 500L, 3_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
