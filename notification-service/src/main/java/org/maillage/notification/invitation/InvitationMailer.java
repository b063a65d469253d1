package org.maillage.notification.invitation;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.notification.MailSettings;
import org.maillage.notification.account.Address;
import org.maillage.notification.delivery.SmtpMailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Sends the invitation messages. Each batch is claimed with {@code skip locked} and settled in the transaction that sent
 * it; while the SMTP server cannot be reached the message waits, further and further apart; a permanent refusal is
 * recorded and not retried; a person whose account was closed meanwhile is not written to. A message sent again after a
 * crash keeps its Message-ID (derived from the event and the account).
 */
@Singleton
@Requires(property = "maillage.mail.sender.enabled", notEquals = "false")
public class InvitationMailer {

    private static final Logger LOG = LoggerFactory.getLogger(InvitationMailer.class);

    private final InvitationMessageRepository messages;
    private final InvitationNotice notice;
    private final MailSettings settings;
    private final SmtpMailer mailer;

    public InvitationMailer(InvitationMessageRepository messages, InvitationNotice notice, MailSettings settings) {
        this.messages = messages;
        this.notice = notice;
        this.settings = settings;
        this.mailer = new SmtpMailer(settings);
    }

    @Scheduled(fixedDelay = "${maillage.mail.invitations-every:2s}", initialDelay = "2s")
    @Transactional
    public void sendDue() {
        for (InvitationMessage m : messages.claimDue(settings.getBatchSize())) {
            Optional<Address> to = messages.findAddress(m.accountId());
            if (to.isEmpty()) {
                messages.close(m.id(), "SUPPRESSED", "the account was closed");
                continue;
            }
            Address address = to.get();
            boolean reached = messages.sendOne(m.id(), settings.backoff(m.attempts()),
                    () -> mailer.send(address.email(), notice.render(address.language(), m.pilotName(), m.organizationName()), messageId(m)),
                    LOG, "invitation");
            if (!reached) {
                return; // the server is unreachable: the rest of the batch waits too
            }
        }
    }

    @EventListener
    void onShutdown(ShutdownEvent event) {
        mailer.close();
    }

    static String messageId(InvitationMessage m) {
        return SmtpMailer.messageId("invitation|" + m.eventId() + "|" + m.accountId());
    }
}
