package org.maillage.notification.unsubscribe;

import org.junit.jupiter.api.Test;
import org.maillage.notification.MailSettings;
import org.maillage.notification.delivery.Kind;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An unsubscribe link works without signing in for at least 60 days, and only as it was issued. */
class UnsubscribeTokensTest {

    private static final LocalDate SENT = LocalDate.of(2027, 2, 1);
    private final UUID account = UUID.randomUUID();

    @Test
    void aLinkWorksForItsWholeValidityThenNoLonger() {
        UnsubscribeTokens tokens = tokens("a-secret-of-enough-length", 60);
        String token = tokens.issue(account, Kind.MATCHED, SENT);
        assertThat(tokens.verify(token, SENT.plusDays(60))).contains(new UnsubscribeTokens.Subject(account, Kind.MATCHED));
        assertThat(tokens.verify(token, SENT.plusDays(61))).isEmpty();
    }

    @Test
    void aValidityShorterThanSixtyDaysIsRaisedToSixty() {
        UnsubscribeTokens tokens = tokens("a-secret-of-enough-length", 7);
        assertThat(tokens.verify(tokens.issue(account, Kind.OUTCOME, SENT), SENT.plusDays(60))).isPresent();
    }

    @Test
    void aDigestLinkUnsubscribesFromAlerts() {
        UnsubscribeTokens tokens = tokens("a-secret-of-enough-length", 90);
        assertThat(tokens.verify(tokens.issue(account, Kind.DIGEST, SENT), SENT)).contains(new UnsubscribeTokens.Subject(account, Kind.MATCHED));
    }

    @Test
    void anAlteredOrForeignTokenIsRefused() {
        UnsubscribeTokens tokens = tokens("a-secret-of-enough-length", 90);
        String token = tokens.issue(account, Kind.MATCHED, SENT);
        String otherAccount = tokens.issue(UUID.randomUUID(), Kind.MATCHED, SENT);
        String swapped = otherAccount.substring(0, otherAccount.indexOf('.')) + token.substring(token.indexOf('.'));
        assertThat(tokens.verify(swapped, SENT)).isEmpty();
        assertThat(tokens("another-secret-of-length", 90).verify(token, SENT)).isEmpty();
        assertThat(tokens.verify("garbage", SENT)).isEmpty();
        assertThat(tokens.verify("", SENT)).isEmpty();
    }

    @Test
    void onlyAKindOneSubscribesToCanBeTurnedOffByLink() {
        UnsubscribeTokens tokens = tokens("a-secret-of-enough-length", 90);
        assertThat(tokens.verify(tokens.issue(account, Kind.PILOT_INVITATION, SENT), SENT)).isEmpty();
        assertThat(tokens.verify(tokens.issue(account, Kind.PASSWORD_CHANGED, SENT), SENT)).isEmpty();
        assertThat(tokens.link(account, Kind.WEEKLY)).startsWith("http://localhost:8080/api/notifications/unsubscribe?token=");
    }

    private static UnsubscribeTokens tokens(String secret, int days) {
        MailSettings s = new MailSettings();
        s.setUnsubscribeSecret(secret);
        s.setUnsubscribeValidDays(days);
        return new UnsubscribeTokens(s);
    }
}
