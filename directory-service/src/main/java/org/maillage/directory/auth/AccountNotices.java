package org.maillage.directory.auth;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.directory.api.AccountLinkIssued;
import org.maillage.directory.api.AccountNotice;
import org.maillage.directory.api.AccountNoticeTypes;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.directory.api.LinkSeal;
import org.maillage.platform.outbox.Outbox;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * Announces what the person must hear of about its own account (notification-service writes the email), each in
 * the transaction of the change, on the accounts topic keyed by the account so it follows the account's opening.
 */
@Singleton
public class AccountNotices {

    private final Outbox outbox;
    private final LinkSeal seal;
    private final AccountRepository accounts;

    public AccountNotices(Outbox outbox, LinkSeal seal, AccountRepository accounts) {
        this.outbox = outbox;
        this.seal = seal;
        this.accounts = accounts;
    }

    /** The token leaves this service only sealed for notification-service; its hash alone is kept here. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void linkIssued(UUID accountId, String purpose, PasswordResets.Issued issued) {
        outbox.append(DirectoryTopics.ACCOUNTS, accountId.toString(), AccountNoticeTypes.LINK_ISSUED_V1,
                new AccountLinkIssued(accountId, purpose, seal.seal(issued.token(), accountId), issued.expiresAt(), Instant.now()));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void passwordChanged(UUID accountId) {
        outbox.append(DirectoryTopics.ACCOUNTS, accountId.toString(), AccountNoticeTypes.PASSWORD_CHANGED_V1,
                new AccountNotice(accountId, null, Instant.now()));
    }

    /** Sign-in to this address was just locked: told once per lock, and only when an account has the address. */
    @Transactional
    public void locked(String email, Instant until) {
        accounts.findByEmail(email.strip().toLowerCase(Locale.ROOT)).ifPresent(a -> outbox.append(DirectoryTopics.ACCOUNTS,
                a.id().toString(), AccountNoticeTypes.LOCKED_V1, new AccountNotice(a.id(), until, Instant.now())));
    }
}
