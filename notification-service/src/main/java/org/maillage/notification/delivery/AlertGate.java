package org.maillage.notification.delivery;

import jakarta.inject.Singleton;
import org.maillage.notification.MailSettings;
import org.maillage.notification.message.Texts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Whether an alert (MATCHED) goes now: not to an address refused for good, and no more than the day's limit per person
 * (Montréal day); the rest wait for the next digest. The count is exact across senders and instances: the person's
 * lock is held until the batch that counted commits.
 */
@Singleton
class AlertGate {

    enum Admission { NOW, LATER, BOUNCED, OVER_LIMIT }

    private final OutgoingMessageRepository messages;
    private final BouncedAddressRepository bounced;
    private final MailSettings settings;

    AlertGate(OutgoingMessageRepository messages, BouncedAddressRepository bounced, MailSettings settings) {
        this.messages = messages;
        this.bounced = bounced;
        this.settings = settings;
    }

    /** Runs in the sender's transaction. LATER: another sender is writing to this person; its sends are counted first. */
    Admission admit(OutgoingMessage alert, Addressee to) {
        if (!messages.tryLock("alerts:" + alert.accountId())) {
            return Admission.LATER;
        }
        if (bounced.existsById(to.email())) {
            return Admission.BOUNCED;
        }
        Instant startOfDay = LocalDate.now(Texts.MONTREAL).atStartOfDay(Texts.MONTREAL).toInstant();
        long sentToday = messages.countByAccountIdAndKindAndStatusAndSentAtGreaterThanEquals(alert.accountId(), Kind.MATCHED, "SENT",
                startOfDay);
        return sentToday >= settings.getMaxAlertsPerDay() ? Admission.OVER_LIMIT : Admission.NOW;
    }
}
