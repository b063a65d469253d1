package org.maillage.notification.invitation;

import jakarta.inject.Singleton;
import org.maillage.notification.MailSettings;
import org.maillage.notification.message.Email;
import org.maillage.notification.message.Notice;
import org.maillage.notification.message.Texts;

import java.util.List;
import java.util.Map;

/** The message to the people of an organization invited into another pilot: who invites, what joining means, where to answer. */
@Singleton
public class InvitationNotice {

    private final MailSettings settings;

    public InvitationNotice(MailSettings settings) {
        this.settings = settings;
    }

    public Email render(String language, String pilot, String organization) {
        Texts t = Texts.of(language);
        Map<String, String> v = Map.of("pilot", pilot, "organization", organization);
        return new Notice(t.get("INVITED.subject", v), t.get("INVITED.heading"),
                List.of(t.get("INVITED.body", v), t.get("INVITED.meaning"), t.get("INVITED.answer")),
                t.get("INVITED.link"), settings.getBaseUrl() + "/account#invitations", t.get("why.INVITED"),
                t.get("sender", Map.of("name", settings.getSenderName(), "address", settings.getPostalAddress(), "contact", settings.getContact())))
                .render(t);
    }
}
