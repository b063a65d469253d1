package org.maillage.notification.unsubscribe;

import jakarta.inject.Singleton;
import org.maillage.notification.MailSettings;
import org.maillage.notification.delivery.Kind;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The token in an unsubscribe link: who and from which kind of message, and the day it was issued, signed with
 * HMAC-SHA256 so the link works without signing in and cannot be forged for someone else. Valid for at least
 * 60 days (CASL asks that an unsubscribe mechanism work for 60 days after the message was sent).
 */
@Singleton
public class UnsubscribeTokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    public record Subject(UUID accountId, Kind kind) {
    }

    private final byte[] secret;
    private final int validDays;

    public UnsubscribeTokens(MailSettings settings) {
        if (settings.getUnsubscribeSecret() == null || settings.getUnsubscribeSecret().length() < 16) {
            throw new IllegalStateException("maillage.mail.unsubscribe-secret must have at least 16 characters");
        }
        this.secret = settings.getUnsubscribeSecret().getBytes(StandardCharsets.UTF_8);
        this.validDays = settings.getUnsubscribeValidDays();
    }

    public String issue(UUID accountId, Kind kind, LocalDate today) {
        String payload = B64.encodeToString((accountId + "." + kind.governedBy().name() + "." + today.toEpochDay())
                .getBytes(StandardCharsets.UTF_8));
        return payload + "." + B64.encodeToString(sign(payload));
    }

    /** Empty when the token was not made here, was altered, or has expired. */
    public Optional<Subject> verify(String token, LocalDate today) {
        try {
            String[] parts = token.split("\\.");
            if (parts.length != 2 || !MessageDigest.isEqual(sign(parts[0]), B64D.decode(parts[1]))) {
                return Optional.empty();
            }
            String[] fields = new String(B64D.decode(parts[0]), StandardCharsets.UTF_8).split("\\.");
            LocalDate issued = LocalDate.ofEpochDay(Long.parseLong(fields[2]));
            if (issued.plusDays(validDays).isBefore(today)) {
                return Optional.empty();
            }
            return Optional.of(new Subject(UUID.fromString(fields[0]), Kind.valueOf(fields[1])));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    public static LocalDate todayUtc() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
