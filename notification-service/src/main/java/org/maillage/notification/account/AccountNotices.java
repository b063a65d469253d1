package org.maillage.notification.account;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.maillage.directory.api.AccountLinkIssued;
import org.maillage.directory.api.AccountNotice;
import org.maillage.directory.api.AccountNoticeTypes;
import org.maillage.notification.delivery.Kind;
import org.maillage.platform.inbox.InboundEvent;

/**
 * Queues a message for each security notice of the directory, in the inbox's transaction (so a redelivered event
 * queues nothing twice). The link's token stays sealed here; the renderer opens it only to write the email.
 */
@Singleton
public class AccountNotices {

    private final AccountQueue messages;
    private final ObjectMapper json;

    AccountNotices(AccountQueue messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public void apply(InboundEvent event) {
        switch (event.type()) {
            case AccountNoticeTypes.LINK_ISSUED_V1 -> {
                AccountLinkIssued link = event.decode(json, AccountLinkIssued.class);
                Kind kind = AccountLinkIssued.INVITATION.equals(link.purpose()) ? Kind.ACCOUNT_INVITATION : Kind.PASSWORD_RESET;
                messages.add(event.id(), kind.name(), link.accountId(), link.sealedToken(), link.expiresAt(), null);
            }
            case AccountNoticeTypes.PASSWORD_CHANGED_V1 -> {
                AccountNotice n = event.decode(json, AccountNotice.class);
                messages.add(event.id(), Kind.PASSWORD_CHANGED.name(), n.accountId(), null, null, null);
            }
            case AccountNoticeTypes.LOCKED_V1 -> {
                AccountNotice n = event.decode(json, AccountNotice.class);
                messages.add(event.id(), Kind.ACCOUNT_LOCKED.name(), n.accountId(), null, null, n.lockedUntil());
            }
            default -> throw new IllegalArgumentException("not an account notice: " + event.type());
        }
    }
}
