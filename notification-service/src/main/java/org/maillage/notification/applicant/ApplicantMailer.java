package org.maillage.notification.applicant;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import org.maillage.notification.MailSettings;
import org.maillage.notification.delivery.SmtpMailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;

/**
 * Sends the messages to applicants. Each batch is claimed with {@code skip locked} and marked in the transaction that sent
 * it; a server that cannot be reached leaves the message for later, further and further apart; a permanent refusal is
 * recorded and not retried. A message sent again after a crash keeps its Message-ID (derived from the event).
 */
@Singleton
@Requires(property = "maillage.mail.sender.enabled", notEquals = "false")
public class ApplicantMailer {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicantMailer.class);
    private static final int BATCH = 20;

    private final ApplicantMessageRepository messages;
    private final RefusalMessage refusal;
    private final MailSettings settings;
    private final SmtpMailer mailer;

    public ApplicantMailer(ApplicantMessageRepository messages, RefusalMessage refusal, MailSettings settings) {
        this.messages = messages;
        this.refusal = refusal;
        this.settings = settings;
        this.mailer = new SmtpMailer(settings);
    }

    @Scheduled(fixedDelay = "${maillage.mail.applicants-every:2s}", initialDelay = "2s")
    @Transactional
    public void sendDue() {
        for (ApplicantMessageRow m : messages.due(BATCH)) {
            try {
                mailer.send(m.email(), refusal.render(m.language(), m.organizationName(), m.reason()), messageId(m.eventId()));
                messages.update(m.sent(Instant.now()));
            } catch (SmtpMailer.PermanentFailure e) {
                LOG.warn("message {} to an applicant refused for good: {}", m.eventId(), e.getMessage());
                messages.update(m.failed(e.getMessage()));
            } catch (MessagingException e) {
                Duration wait = settings.backoff(m.attempts());
                messages.update(m.retryAt(Instant.now().plus(wait), e.getMessage()));
                LOG.warn("sending to an applicant failed, retrying in {} ms: {}", wait.toMillis(), e.getMessage());
                return; // the server is unreachable: the rest of the batch waits too
            }
        }
    }

    @EventListener
    void onShutdown(ShutdownEvent event) {
        mailer.close();
    }

    static String messageId(String eventId) {
        return SmtpMailer.messageId("applicant|" + eventId);
    }
}
