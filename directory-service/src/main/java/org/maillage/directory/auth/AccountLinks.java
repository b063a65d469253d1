package org.maillage.directory.auth;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.directory.api.AccountLinkIssued;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * Emailed links to choose a password: an invitation with a new account, and "forgot my password". The answer to a
 * request never depends on whether the address has an account, nor on the per-account limit (a stranger who types
 * someone's address again and again sends them at most a few emails an hour).
 */
@Singleton
public class AccountLinks {

    private final PasswordResets resets;
    private final PasswordResetRepository issued;
    private final AccountRepository accounts;
    private final AccountNotices notices;
    private final TokenSettings settings;

    public AccountLinks(PasswordResets resets, PasswordResetRepository issued, AccountRepository accounts,
                        AccountNotices notices, TokenSettings settings) {
        this.resets = resets;
        this.issued = issued;
        this.accounts = accounts;
        this.notices = notices;
        this.settings = settings;
    }

    /** In the transaction that opens the account, so the invitation is announced if and only if the account exists. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void invite(UUID accountId) {
        notices.linkIssued(accountId, AccountLinkIssued.INVITATION,
                resets.issue(accountId, "INVITATION", settings.getInvitationLifetime()));
    }

    @Transactional
    public void forgotten(String rawEmail) {
        accounts.findByEmail(rawEmail.strip().toLowerCase(Locale.ROOT))
                .filter(a -> issued.countByAccountIdAndPurposeAndCreatedAtGreaterThan(a.id(), "EMAILED_RESET",
                        Instant.now().minusSeconds(3600)) < settings.getEmailedResetsPerHour())
                .ifPresent(a -> notices.linkIssued(a.id(), AccountLinkIssued.PASSWORD_RESET,
                        resets.issue(a.id(), "EMAILED_RESET", settings.getEmailedResetLifetime())));
    }
}
