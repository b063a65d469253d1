package org.maillage.web.session;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * AES-256-GCM for the tokens in the session table, with the row's id hash as associated data so a
 * ciphertext copied to another row does not decrypt. The key comes from MAILLAGE_WEB_SESSION_KEY.
 */
@Singleton
public class TokenCipher {

    private static final Logger LOG = LoggerFactory.getLogger(TokenCipher.class);
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public TokenCipher(@Value("${maillage.web.session-key:}") String base64Key) {
        byte[] raw;
        if (base64Key == null || base64Key.isBlank()) {
            // safe default: a key nobody knows; the cost is that sessions end with the process
            LOG.warn("MAILLAGE_WEB_SESSION_KEY is not set: a random key is used, sessions will not survive a restart");
            raw = new byte[32];
            RANDOM.nextBytes(raw);
        } else {
            raw = Base64.getDecoder().decode(base64Key.trim());
            if (raw.length != 32) {
                throw new IllegalStateException("MAILLAGE_WEB_SESSION_KEY must be the base64 of 32 bytes, not " + raw.length);
            }
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    public byte[] encrypt(String plain, String rowId) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            c.updateAAD(rowId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a token", e);
        }
    }

    public String decrypt(byte[] stored, String rowId) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, stored, 0, IV_BYTES));
            c.updateAAD(rowId.getBytes(StandardCharsets.UTF_8));
            return new String(c.doFinal(stored, IV_BYTES, stored.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt a token (wrong MAILLAGE_WEB_SESSION_KEY?)", e);
        }
    }
}
