package org.maillage.directory.auth;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

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

    private final SignInFailureRepository failures;
    private final TokenSettings settings;

    public SignInFailures(SignInFailureRepository failures, TokenSettings settings) {
        this.failures = failures;
        this.settings = settings;
    }

    /** The end of the current lock on this address, if it is locked now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String email) {
        return failures.findById(key(email)).map(SignInFailureRow::lockedUntil).filter(SignInFailures::inFuture);
    }

    /** Counts one failure; an expired lock starts the count again. Commits on its own, before the refusal is sent. */
    @Transactional
    public Outcome record(String email) {
        SignInFailureRow row = failures.countFailure(key(email), settings.getFailuresBeforeLock(), settings.getLockDuration().toSeconds());
        return new Outcome(row.failures(), Optional.ofNullable(row.lockedUntil()));
    }

    /**
     * After a right password: forgets past failures unless a lock was set meanwhile (by concurrent
     * wrong passwords), in which case the lock wins and its end is returned.
     */
    @Transactional
    public Optional<Instant> clearUnlessLocked(String email) {
        Optional<Instant> locked = failures.findByIdForUpdate(key(email)).map(SignInFailureRow::lockedUntil)
                .filter(SignInFailures::inFuture);
        if (locked.isEmpty()) {
            clear(email);
        }
        return locked;
    }

    /** A new password (reset) unlocks the address. */
    @Transactional
    public void clear(String email) {
        failures.deleteById(key(email));
    }

    /** Rows of addresses that stopped failing long ago carry no lock and no useful count. */
    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    @Transactional
    void forgetOld() {
        failures.forgetOlderThan(settings.getLockDuration().multipliedBy(4).toSeconds());
    }

    private static boolean inFuture(Instant t) {
        return t != null && t.isAfter(Instant.now());
    }

    static String key(String email) {
        return RefreshTokens.hash(email);
    }
}
