package org.maillage.notification.partner;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.notification.MailSettings;
import org.maillage.notification.delivery.SmtpMailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Optional;

/**
 * Sends the messages to partners, as the invitation and applicant messages are sent: claimed with {@code skip locked},
 * settled in the claiming transaction, retried with backoff while the SMTP server cannot be reached, a permanent refusal
 * recorded. A person or opportunity not known here yet is waited for a while (they come on other partitions), then given up.
 */
@Singleton
@Requires(property = "maillage.mail.sender.enabled", notEquals = "false")
public class PartnerMailer {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerMailer.class);
    private static final int MAX_TRIES_WITHOUT_DETAILS = 10;

    private final PartnerMessageRepository messages;
    private final PartnerNotice notice;
    private final MailSettings settings;
    private final SmtpMailer mailer;

    public PartnerMailer(PartnerMessageRepository messages, PartnerNotice notice, MailSettings settings) {
        this.messages = messages;
        this.notice = notice;
        this.settings = settings;
        this.mailer = new SmtpMailer(settings);
    }

    @Scheduled(fixedDelay = "${maillage.mail.partners-every:2s}", initialDelay = "2s")
    @Transactional
    public void sendDue() {
        for (PartnerMessage m : messages.claimDue(settings.getBatchSize())) {
            Optional<PartnerDetails> details = messages.findDetails(m.accountId(), m.opportunityId(), m.leadId());
            if (details.isEmpty()) {
                if (m.attempts() + 1 >= MAX_TRIES_WITHOUT_DETAILS) {
                    messages.close(m.id(), "SUPPRESSED", "no such person or opportunity here");
                } else {
                    messages.retryAt(m.id(), Instant.now().plus(settings.backoff(m.attempts())), "person or opportunity not known yet");
                }
                continue;
            }
            PartnerDetails to = details.get();
            boolean reached = messages.sendOne(m.id(), settings.backoff(m.attempts()),
                    () -> mailer.send(to.email(), notice.render(to, m.opportunityId()), messageId(m)), LOG, "partner");
            if (!reached) {
                return; // the server is unreachable: the rest of the batch waits too
            }
        }
    }

    @EventListener
    void onShutdown(ShutdownEvent event) {
        mailer.close();
    }

    static String messageId(PartnerMessage m) {
        return SmtpMailer.messageId("partner|" + m.opportunityId() + "|" + m.leadId() + "|" + m.accountId());
    }
}
