package org.maillage.notification.invitation;

import jakarta.inject.Singleton;
import org.maillage.notification.MailSettings;
import org.maillage.notification.delivery.Addressee;
import org.maillage.notification.delivery.Kind;
import org.maillage.notification.delivery.KindRenderer;
import org.maillage.notification.delivery.OutgoingMessage;
import org.maillage.notification.delivery.Rendering;
import org.maillage.notification.message.Notice;
import org.maillage.notification.message.Texts;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The message to the people of an organization invited into another pilot: who invites, what joining means, where to answer. */
@Singleton
class InvitationNotice implements KindRenderer {

    private final MailSettings settings;

    InvitationNotice(MailSettings settings) {
        this.settings = settings;
    }

    @Override
    public Set<Kind> kinds() {
        return Set.of(Kind.PILOT_INVITATION);
    }

    @Override
    public Rendering render(OutgoingMessage m, Addressee to) {
        Texts t = Texts.of(to.language());
        Map<String, String> v = Map.of("pilot", m.pilotName(), "organization", m.organizationName());
        return Rendering.ready(new Notice(t.get("INVITED.subject", v), t.get("INVITED.heading"),
                List.of(t.get("INVITED.body", v), t.get("INVITED.meaning"), t.get("INVITED.answer")),
                new Notice.Link(t.get("INVITED.link"), settings.getBaseUrl() + "/account?lang=" + t.language() + "#invitations"), List.of(), t.get("why.INVITED"),
                settings.senderLine(t)).render(t));
    }
}
