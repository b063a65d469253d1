package org.maillage.notification.directory;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.directory.api.AccountClosed;
import org.maillage.directory.api.AccountEventTypes;
import org.maillage.directory.api.AccountNoticeTypes;
import org.maillage.notification.account.AccountNotices;
import org.maillage.directory.api.AccountState;
import org.maillage.directory.api.OrganizationEventTypes;
import org.maillage.directory.api.OrganizationState;
import org.maillage.notification.delivery.OutgoingMessageRepository;
import org.maillage.notification.preference.PreferenceRepository;
import org.maillage.platform.inbox.InboundEvent;

import java.util.UUID;

/**
 * This service's copy of the directory: organizations (what they do, where, in which pilots) and the people
 * it may write to. Runs in the inbox's transaction; the newest state wins whatever order events arrive in.
 */
@Singleton
public class DirectoryProjection {

    private final ObjectMapper json;
    private final OrganizationRepository organizations;
    private final RecipientRepository recipients;
    private final PreferenceRepository preferences;
    private final OutgoingMessageRepository messages;
    private final AccountNotices notices;

    public DirectoryProjection(ObjectMapper json, OrganizationRepository organizations, RecipientRepository recipients,
                               PreferenceRepository preferences, OutgoingMessageRepository messages, AccountNotices notices) {
        this.json = json;
        this.organizations = organizations;
        this.recipients = recipients;
        this.preferences = preferences;
        this.messages = messages;
        this.notices = notices;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void organization(InboundEvent event) {
        if (!OrganizationEventTypes.carriesState(event.type())) {
            return;
        }
        OrganizationState o = event.decode(json, OrganizationState.class);
        organizations.keepNewest(o.organizationId(), o.kind(), o.name(), o.status(), o.categories().toArray(String[]::new),
                o.regions().toArray(String[]::new), o.pilots().stream().map(UUID::toString).toArray(String[]::new), o.occurredAt());
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void account(InboundEvent event) {
        if (AccountEventTypes.carriesState(event.type())) {
            AccountState a = event.decode(json, AccountState.class);
            recipients.keepNewest(a.accountId(), a.organizationId(), a.role(), a.email(), a.language(),
                    a.pilots().stream().map(UUID::toString).toArray(String[]::new), a.occurredAt());
        } else if (AccountEventTypes.CLOSED_V1.equals(event.type())) {
            // erasure: the person, their preferences and the addresses kept on their messages go
            UUID account = event.decode(json, AccountClosed.class).accountId();
            messages.forget(account);
            preferences.deleteById(account);
            recipients.deleteById(account);
        } else if (AccountNoticeTypes.isNotice(event.type())) {
            notices.apply(event);
        }
    }
}
