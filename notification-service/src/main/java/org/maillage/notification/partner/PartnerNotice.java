package org.maillage.notification.partner;

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
import java.util.Optional;
import java.util.Set;

/**
 * The message to a partner named in a joint response: who named it, on which opportunity (title, buyer, deadline) and
 * where to confirm its part. Never the price or the content: the response stays sealed, the lead's own. An opportunity
 * not known here yet (its events come on another partition) is waited for a while.
 */
@Singleton
class PartnerNotice implements KindRenderer {

    private final PartnerQueue partners;
    private final MailSettings settings;

    PartnerNotice(PartnerQueue partners, MailSettings settings) {
        this.partners = partners;
        this.settings = settings;
    }

    @Override
    public Set<Kind> kinds() {
        return Set.of(Kind.PARTNER_NAMED);
    }

    @Override
    public Rendering render(OutgoingMessage m, Addressee to) {
        Optional<PartnerDetails> details = partners.details(m.opportunityId(), m.organizationId());
        if (details.isEmpty()) {
            return Rendering.notYet("opportunity not known yet");
        }
        PartnerDetails d = details.get();
        Texts t = Texts.of(to.language());
        String someone = t.get("PARTNER.someone");
        Map<String, String> v = Map.of("lead", d.leadName() == null ? someone : d.leadName(), "title", d.title(t.language()),
                "buyer", d.buyerName() == null ? someone : d.buyerName(), "deadline", t.deadline(d.deadline()));
        return Rendering.ready(new Notice(t.get("PARTNER.subject", v), t.get("PARTNER.heading"),
                List.of(t.get("PARTNER.body", v), t.get("PARTNER.deadline", v), t.get("PARTNER.ask", v)),
                new Notice.Link(t.get("PARTNER.link"), settings.getBaseUrl() + "/supplier/opportunities/" + m.opportunityId() + "#partnerships"),
                List.of(), t.get("why.PARTNER"), settings.senderLine(t)).render(t));
    }
}
