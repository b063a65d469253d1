package org.maillage.directory.auth;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * Seals the token-signing private keys at rest with AES-256-GCM. The key-encryption key is derived
 * (HKDF-SHA256) from a secret that never enters the database: MAILLAGE_SIGNING_KEY_SECRET, or the file
 * named by MAILLAGE_SIGNING_KEY_SECRET_FILE (a mounted secret), which wins when both are set. The key id
 * is bound as associated data, so a sealed key cannot be moved to another row.
 */
@Singleton
public class KeyEncryption {

    /** The local stack's secret; a `prod` environment refuses to start with it (ProductionSecrets). */
    public static final String LOCAL_DEFAULT = "local-development-only-signing-key-secret";

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public KeyEncryption(@Value("${maillage.auth.signing-key-secret:}") String secret,
                         @Value("${maillage.auth.signing-key-secret-file:}") String secretFile) {
        this.key = derive(resolve(secret, secretFile));
    }

    /** The configured secret: the file's content when a file is named, else the value, else the local default. */
    public static String resolve(String secret, String secretFile) {
        if (secretFile != null && !secretFile.isBlank()) {
            try {
                return Files.readString(Path.of(secretFile), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the signing-key secret file " + secretFile, e);
            }
        }
        return secret == null || secret.isBlank() ? LOCAL_DEFAULT : secret;
    }

    /** nonce ‖ ciphertext ‖ tag */
    public byte[] seal(byte[] plaintext, String kid) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not seal a signing key", e);
        }
    }

    public byte[] open(byte[] sealed, String kid) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing key " + kid + " cannot be opened: is MAILLAGE_SIGNING_KEY_SECRET the one it was sealed with?", e);
        }
    }

    private static SecretKeySpec derive(String secret) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(secret.getBytes(StandardCharsets.UTF_8), "maillage".getBytes(StandardCharsets.UTF_8),
                "signing-key-encryption-v1".getBytes(StandardCharsets.UTF_8)));
        byte[] out = new byte[32];
        hkdf.generateBytes(out, 0, out.length);
        return new SecretKeySpec(out, "AES");
    }
}
