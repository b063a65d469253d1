package org.maillage.notification.account;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.maillage.directory.api.AccountLinkIssued;
import org.maillage.directory.api.AccountNotice;
import org.maillage.directory.api.AccountNoticeTypes;
import org.maillage.platform.inbox.InboundEvent;

/**
 * Queues a message for each security notice of the directory, in the inbox's transaction (so a redelivered event
 * queues nothing twice). The link's token stays sealed here; the sender opens it only to write the email.
 */
@Singleton
public class AccountNotices {

    private final AccountMessageRepository messages;
    private final ObjectMapper json;

    public AccountNotices(AccountMessageRepository messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public void apply(InboundEvent event) {
        if (messages.existsByEventId(event.id())) {
            return;
        }
        switch (event.type()) {
            case AccountNoticeTypes.LINK_ISSUED_V1 -> {
                AccountLinkIssued link = event.decode(json, AccountLinkIssued.class);
                String kind = AccountLinkIssued.INVITATION.equals(link.purpose()) ? "INVITATION" : "PASSWORD_RESET";
                messages.save(AccountMessage.queued(event.id(), link.accountId(), kind, link.sealedToken(), link.expiresAt(), null));
            }
            case AccountNoticeTypes.PASSWORD_CHANGED_V1 -> {
                AccountNotice n = event.decode(json, AccountNotice.class);
                messages.save(AccountMessage.queued(event.id(), n.accountId(), "PASSWORD_CHANGED", null, null, null));
            }
            case AccountNoticeTypes.LOCKED_V1 -> {
                AccountNotice n = event.decode(json, AccountNotice.class);
                messages.save(AccountMessage.queued(event.id(), n.accountId(), "LOCKED", null, null, n.lockedUntil()));
            }
            default -> throw new IllegalArgumentException("not an account notice: " + event.type());
        }
    }
}
