package org.maillage.directory.auth;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins, counted per email address and client address together (known email or not), and per client
 * address over every email. A lock keeps out only the client address whose failures set it: a stranger who knows
 * someone's email locks out no one but themself, and the owner signing in from their own address is never refused
 * for someone else's failures. Each failure is one atomic upsert that counts and, at the threshold, locks in the same
 * statement: concurrent wrong passwords cannot slip past the count, and the lock they set holds.
 */
@Singleton
public class SignInFailures {

    /**
     * What one more failure led to: the failures of this email from this address, of this address over every email,
     * the lock's end if this address is now locked out of this email, and whether that lock is the email's only one
     * (its owner hears of the first, not of each address an attacker uses).
     */
    public record Outcome(int failures, int addressFailures, Optional<Instant> lockedUntil, boolean firstLock) {
    }

    private final SignInFailureRepository failures;
    private final SignInAddressFailureRepository addresses;
    private final TokenSettings settings;

    public SignInFailures(SignInFailureRepository failures, SignInAddressFailureRepository addresses, TokenSettings settings) {
        this.failures = failures;
        this.addresses = addresses;
        this.settings = settings;
    }

    /** The end of the lock that keeps this client address out of this email, if there is one now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String email, String clientAddress) {
        return failures.findById(key(email, clientAddress)).map(SignInFailureRow::lockedUntil).filter(SignInFailures::inFuture);
    }

    /** Counts one failure; an expired lock starts the count again. Commits on its own, before the refusal is sent. */
    @Transactional
    public Outcome record(String email, String clientAddress) {
        SignInFailureRow row = failures.countFailure(key(email, clientAddress), emailKey(email), settings.getFailuresBeforeLock(),
                settings.getLockDuration().toSeconds());
        int fromAddress = addresses.countFailure(addressKey(clientAddress), settings.getLockDuration().toSeconds()).failures();
        Optional<Instant> locked = Optional.ofNullable(row.lockedUntil());
        boolean first = row.failures() == settings.getFailuresBeforeLock()
                && failures.countByEmailKeyAndLockedUntilGreaterThan(emailKey(email), Instant.now()) == 1;
        return new Outcome(row.failures(), fromAddress, locked, first);
    }

    /**
     * After a right password: forgets this address's past failures on this email unless a lock was set meanwhile (by
     * concurrent wrong passwords from the same address), in which case the lock wins and its end is returned.
     */
    @Transactional
    public Optional<Instant> clearUnlessLocked(String email, String clientAddress) {
        Optional<Instant> locked = failures.findByFailureKeyForUpdate(key(email, clientAddress)).map(SignInFailureRow::lockedUntil)
                .filter(SignInFailures::inFuture);
        if (locked.isEmpty()) {
            failures.deleteById(key(email, clientAddress));
        }
        return locked;
    }

    /** A new password (reset) unlocks the email for every address. */
    @Transactional
    public void clear(String email) {
        failures.deleteByEmailKey(emailKey(email));
    }

    /** Rows of addresses that stopped failing long ago carry no lock and no useful count. */
    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    @Transactional
    void forgetOld() {
        long keep = settings.getLockDuration().multipliedBy(4).toSeconds();
        failures.forgetOlderThan(keep);
        addresses.forgetOlderThan(keep);
    }

    private static boolean inFuture(Instant t) {
        return t != null && t.isAfter(Instant.now());
    }

    static String emailKey(String email) {
        return RefreshTokens.hash(email);
    }

    private static String key(String email, String clientAddress) {
        return RefreshTokens.hash(email + "\n" + clientAddress);
    }

    private static String addressKey(String clientAddress) {
        return RefreshTokens.hash("address\n" + clientAddress);
    }
}
