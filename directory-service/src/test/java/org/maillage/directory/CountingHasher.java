package org.maillage.directory;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.maillage.directory.auth.PasswordHasher;

import java.util.concurrent.atomic.AtomicInteger;

/** The real hasher, counting its Argon2 work, so a test can check the work is the same whatever the email. */
@Singleton
@Replaces(PasswordHasher.class)
@Requires(property = CountingHasher.ENABLED, value = "true")
class CountingHasher extends PasswordHasher {

    static final String ENABLED = "test.counting-hasher";

    final AtomicInteger hashes = new AtomicInteger();
    final AtomicInteger verifications = new AtomicInteger();

    @Override
    public String hash(String password) {
        hashes.incrementAndGet();
        return super.hash(password);
    }

    @Override
    public boolean matches(String password, String stored) {
        verifications.incrementAndGet();
        return super.matches(password, stored);
    }
}
