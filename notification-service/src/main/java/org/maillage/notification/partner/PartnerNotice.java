package org.maillage.notification.partner;

import jakarta.inject.Singleton;
import org.maillage.notification.MailSettings;
import org.maillage.notification.message.Email;
import org.maillage.notification.message.Notice;
import org.maillage.notification.message.Texts;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The message to a partner named in a joint response: who named it, on which opportunity (title, buyer, deadline) and
 * where to confirm its part. Never the price or the content: the response stays sealed, the lead's own.
 */
@Singleton
public class PartnerNotice {

    private final MailSettings settings;

    public PartnerNotice(MailSettings settings) {
        this.settings = settings;
    }

    public Email render(PartnerDetails d, UUID opportunity) {
        Texts t = Texts.of(d.language());
        String someone = t.get("PARTNER.someone");
        Map<String, String> v = Map.of("lead", d.leadName() == null ? someone : d.leadName(), "title", d.title(),
                "buyer", d.buyerName() == null ? someone : d.buyerName(), "deadline", t.deadline(d.deadline()));
        return new Notice(t.get("PARTNER.subject", v), t.get("PARTNER.heading"),
                List.of(t.get("PARTNER.body", v), t.get("PARTNER.deadline", v), t.get("PARTNER.ask", v)),
                t.get("PARTNER.link"), settings.getBaseUrl() + "/supplier/opportunities/" + opportunity + "#partnerships",
                t.get("why.PARTNER"),
                t.get("sender", Map.of("name", settings.getSenderName(), "address", settings.getPostalAddress(), "contact", settings.getContact())))
                .render(t);
    }
}
