package org.maillage.notification.applicant;

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

/**
 * The message to an applicant whose application a coordinator refused: in the applicant's language, the reason as written,
 * and who sent it (name, postal address, contact). A one-off answer to the applicant's own request, not a subscription:
 * it has no unsubscribe link.
 */
@Singleton
class RefusalMessage implements KindRenderer {

    private final MailSettings settings;

    RefusalMessage(MailSettings settings) {
        this.settings = settings;
    }

    @Override
    public Set<Kind> kinds() {
        return Set.of(Kind.APPLICATION_REFUSED);
    }

    @Override
    public Rendering render(OutgoingMessage m, Addressee to) {
        Texts t = Texts.of(to.language());
        Map<String, String> v = Map.of("name", m.organizationName(), "reason", m.reason());
        List<String> paragraphs = List.of(t.get("REFUSED.body", v), t.get("REFUSED.reason", v),
                t.get("REFUSED.next", Map.of("contact", settings.getContact())));
        return Rendering.ready(new Notice(t.get("REFUSED.subject", v), t.get("REFUSED.heading"), paragraphs, null, List.of(),
                t.get("why.REFUSED"), settings.senderLine(t)).render(t));
    }
}
