package org.maillage.notification.unsubscribe;

import jakarta.inject.Singleton;
import org.maillage.notification.MailSettings;
import org.maillage.notification.delivery.Kind;
import org.maillage.notification.message.Texts;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
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
    private final String baseUrl;

    public UnsubscribeTokens(MailSettings settings) {
        if (settings.getUnsubscribeSecret() == null || settings.getUnsubscribeSecret().length() < 16) {
            throw new IllegalStateException("maillage.mail.unsubscribe-secret must have at least 16 characters");
        }
        this.secret = settings.getUnsubscribeSecret().getBytes(StandardCharsets.UTF_8);
        this.validDays = settings.getUnsubscribeValidDays();
        this.baseUrl = settings.getBaseUrl();
    }

    /** The link a message of this kind carries, issued today (Montréal time). */
    public String link(UUID accountId, Kind kind) {
        return baseUrl + "/api/notifications/unsubscribe?token=" + issue(accountId, kind, LocalDate.now(Texts.MONTREAL));
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
            Kind kind = Kind.valueOf(fields[1]);
            // only a kind a person subscribes to has a link (and can be turned off)
            return kind.subscribed() ? Optional.of(new Subject(UUID.fromString(fields[0]), kind)) : Optional.empty();
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
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
