package org.maillage.notification.account;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import org.maillage.directory.api.LinkSeal;
import org.maillage.notification.MailSettings;
import org.maillage.notification.delivery.SmtpMailer;
import org.maillage.notification.message.Email;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Optional;

/**
 * Sends queued account messages and records each outcome in the transaction that claimed it. A link that expired
 * before it could be sent is not sent (it would not work); while the SMTP server cannot be reached, each message
 * waits with exponential backoff; a permanent refusal is recorded. The same message always has the same Message-ID.
 * Nothing here logs a token or an address.
 */
@Singleton
@Requires(property = "maillage.mail.sender.enabled", notEquals = "false")
public class AccountMessageSender {

    private static final Logger LOG = LoggerFactory.getLogger(AccountMessageSender.class);
    private static final int MAX_TRIES_WITHOUT_ADDRESS = 10;

    private final AccountMessageRepository messages;
    private final AccountMessageRenderer renderer;
    private final LinkSeal seal;
    private final MailSettings settings;
    private final SmtpMailer mailer;

    public AccountMessageSender(AccountMessageRepository messages, AccountMessageRenderer renderer, LinkSeal seal, MailSettings settings) {
        this.messages = messages;
        this.renderer = renderer;
        this.seal = seal;
        this.settings = settings;
        this.mailer = new SmtpMailer(settings);
    }

    @Scheduled(fixedDelay = "${maillage.mail.account-poll:1s}", initialDelay = "1s")
    @Transactional
    void sendDue() {
        for (AccountMessage m : messages.claimDue(settings.getBatchSize())) {
            settle(m);
        }
    }

    private void settle(AccountMessage m) {
        if (m.expiresAt() != null && m.expiresAt().isBefore(Instant.now())) {
            messages.close(m.id(), "EXPIRED", "the link expired before it could be sent", 0);
            return;
        }
        Optional<Address> address = messages.findAddress(m.accountId());
        if (address.isEmpty()) {
            // the account's opening comes first on the same partition; without it the account was closed
            if (m.attempts() + 1 >= MAX_TRIES_WITHOUT_ADDRESS) {
                messages.close(m.id(), "SUPPRESSED", "no recipient", 1);
            } else {
                messages.retryAt(m.id(), Instant.now().plus(settings.backoff(m.attempts())), "no recipient yet");
            }
            return;
        }
        String token = null;
        if (m.sealedToken() != null) {
            try {
                token = seal.open(m.sealedToken(), m.accountId());
            } catch (IllegalArgumentException e) {
                messages.close(m.id(), "FAILED", "the link's token cannot be opened with this service's key", 1);
                return;
            }
        }
        Email email = renderer.render(m.kind(), address.get().language(), token, m.expiresAt(), m.lockedUntil());
        try {
            mailer.send(address.get().email(), email, messageId(m));
            messages.markSent(m.id(), address.get().email(), email.language());
        } catch (SmtpMailer.PermanentFailure e) {
            LOG.warn("account message {} refused for good: {}", m.id(), e.getMessage());
            messages.close(m.id(), "FAILED", e.getMessage(), 1);
        } catch (MessagingException e) {
            LOG.warn("account message {} not sent, retrying later: {}", m.id(), e.getMessage());
            messages.retryAt(m.id(), Instant.now().plus(settings.backoff(m.attempts())), e.getMessage());
        }
    }

    @EventListener
    void onShutdown(ShutdownEvent event) {
        mailer.close();
    }

    static String messageId(AccountMessage m) {
        return SmtpMailer.messageId("account|" + m.eventId());
    }
}
