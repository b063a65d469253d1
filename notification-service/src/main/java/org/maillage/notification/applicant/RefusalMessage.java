package org.maillage.notification.applicant;

import jakarta.inject.Singleton;
import org.maillage.notification.MailSettings;
import org.maillage.notification.message.Email;
import org.maillage.notification.message.Texts;

import java.util.Map;

/**
 * The message to an applicant whose application a coordinator refused: in the applicant's language, the reason as written,
 * and who sent it (name, postal address, contact). A one-off answer to the applicant's own request, not a subscription:
 * it has no unsubscribe link.
 */
@Singleton
public class RefusalMessage {

    private final MailSettings settings;

    public RefusalMessage(MailSettings settings) {
        this.settings = settings;
    }

    public Email render(String language, String organization, String reason) {
        Texts t = Texts.of(language);
        Map<String, String> v = Map.of("name", organization, "reason", reason);
        String subject = t.get("REFUSED.subject", v);
        String heading = t.get("REFUSED.heading");
        String[] paragraphs = {t.get("greeting"), t.get("REFUSED.body", v), t.get("REFUSED.reason", v), t.get("REFUSED.next",
                Map.of("contact", settings.getContact()))};
        String why = t.get("why.REFUSED");
        String sender = t.get("sender", Map.of("name", settings.getSenderName(), "address", settings.getPostalAddress(),
                "contact", settings.getContact()));
        StringBuilder text = new StringBuilder(heading).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(t.language())
                .append("\">\n<head><meta charset=\"utf-8\"><title>").append(esc(subject)).append("</title></head>\n<body>\n<h1>")
                .append(esc(heading)).append("</h1>\n");
        for (String p : paragraphs) {
            text.append(p).append("\n\n");
            html.append("<p>").append(esc(p)).append("</p>\n");
        }
        text.append("--\n").append(why).append("\n").append(sender).append("\n");
        html.append("<footer>\n<p>").append(esc(why)).append("</p>\n<p>").append(esc(sender)).append("</p>\n</footer>\n</body>\n</html>\n");
        return new Email(t.language(), subject, text.toString(), html.toString(), null);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
