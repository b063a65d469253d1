package org.maillage.notification.invitation;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.maillage.directory.api.ApplicationEventTypes;
import org.maillage.directory.api.InvitationSent;
import org.maillage.platform.inbox.InboundEvent;

/**
 * Applies the directory's invitations inside the inbox's transaction: each buyer and sales person of the invited
 * organization, as this service knows them from directory.accounts, gets a message to send.
 */
@Singleton
public class Invitations {

    private final InvitationQueue messages;
    private final ObjectMapper json;

    Invitations(InvitationQueue messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public void apply(InboundEvent event) {
        if (!ApplicationEventTypes.INVITATION_SENT_V1.equals(event.type())) {
            return;
        }
        InvitationSent sent = event.decode(json, InvitationSent.class);
        messages.addForPeopleOf(event.id(), sent.organizationId(), sent.pilotName(), sent.organizationName());
    }
}
