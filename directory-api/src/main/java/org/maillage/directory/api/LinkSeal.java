package org.maillage.directory.api;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * Seals the token of an account link (AES-256-GCM) between directory-service, which issues it, and
 * notification-service, which puts it in the email: the outbox, Kafka and the mail queue only ever hold the
 * sealed form. The account id is bound as associated data, so a sealed token cannot be moved to another account's
 * message. The key is the base64 of 32 random bytes (MAILLAGE_ACCOUNT_LINK_KEY), the same in both services.
 */
public final class LinkSeal {

    /** The local stack's key, public in this repository: a prod environment must set its own. */
    public static final String LOCAL_KEY = "bG9jYWwtYWNjb3VudC1saW5rLWtleS0zMi1ieXRlcyE=";

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public LinkSeal(String base64Key) {
        byte[] raw = Base64.getDecoder().decode(base64Key.strip());
        if (raw.length != 32) {
            throw new IllegalArgumentException("the account-link key must be the base64 of 32 bytes (MAILLAGE_ACCOUNT_LINK_KEY)");
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    public String seal(String token, UUID accountId) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher c = cipher(Cipher.ENCRYPT_MODE, nonce, accountId);
            byte[] sealed = c.doFinal(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @throws IllegalArgumentException when the sealed token was altered, sealed for another account or with another key */
    public String open(String sealed, UUID accountId) {
        try {
            byte[] all = Base64.getUrlDecoder().decode(sealed);
            byte[] nonce = java.util.Arrays.copyOf(all, NONCE_BYTES);
            Cipher c = cipher(Cipher.DECRYPT_MODE, nonce, accountId);
            return new String(c.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("the sealed link token cannot be opened for this account", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, UUID accountId) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        c.updateAAD(accountId.toString().getBytes(StandardCharsets.UTF_8));
        return c;
    }
}
