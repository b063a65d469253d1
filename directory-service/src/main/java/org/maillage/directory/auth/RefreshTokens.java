package org.maillage.directory.auth;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Opaque refresh tokens, stored only as SHA-256 hashes. Each use rotates the token; presenting a token
 * that was already used means it was stolen or replayed, so its whole family (the sign-in) is revoked.
 */
@Singleton
public class RefreshTokens {

    /** What presenting a refresh token led to. */
    public sealed interface Rotation {
        record Rotated(UUID accountId, String newToken) implements Rotation { }
        record Rejected() implements Rotation { }
        record ReuseDetected(UUID familyId) implements Rotation { }
    }

    private final RefreshTokenRepository tokens;
    private final TokenSettings settings;
    private final SecureRandom random = new SecureRandom();

    public RefreshTokens(RefreshTokenRepository tokens, TokenSettings settings) {
        this.tokens = tokens;
        this.settings = settings;
    }

    /** A new family: one sign-in. */
    @Transactional
    public String start(UUID accountId) {
        return insert(accountId, UUID.randomUUID());
    }

    @Transactional
    public Rotation rotate(String token) {
        Optional<RefreshTokenRow> found = tokens.findByIdForUpdate(hash(token));
        if (found.isEmpty() || found.get().revokedAt() != null || found.get().expiresAt().isBefore(Instant.now())) {
            return new Rotation.Rejected();
        }
        RefreshTokenRow row = found.get();
        if (row.usedAt() != null) {
            tokens.revokeFamily(row.familyId());
            return new Rotation.ReuseDetected(row.familyId());
        }
        tokens.update(row.tokenHash(), Instant.now());
        return new Rotation.Rotated(row.accountId(), insert(row.accountId(), row.familyId()));
    }

    /** Log-out: the token's whole family stops working. Unknown tokens are ignored. */
    @Transactional
    public void revoke(String token) {
        tokens.findById(hash(token)).ifPresent(row -> tokens.revokeFamily(row.familyId()));
    }

    @Transactional
    public void revokeAll(UUID accountId) {
        tokens.revokeAccount(accountId);
    }

    private String insert(UUID accountId, UUID family) {
        String token = newToken();
        tokens.save(new RefreshTokenRow(hash(token), family, accountId, Instant.now().plus(settings.getRefreshTokenLifetime()), null, null));
        return token;
    }

    String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
