package org.maillage.notification.account;

import jakarta.inject.Singleton;
import org.maillage.notification.MailSettings;
import org.maillage.notification.message.Email;
import org.maillage.notification.message.Texts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a message about the person's own account, plain text and accessible HTML, in its language. These are not
 * marketing (CASL exempts them) and a person must not be able to turn off hearing that its password changed: they
 * carry no unsubscribe link, but the sender is identified as in every message.
 */
@Singleton
public class AccountMessageRenderer {

    private final MailSettings settings;

    public AccountMessageRenderer(MailSettings settings) {
        this.settings = settings;
    }

    /**
     * @param token the link's token in clear, for INVITATION and PASSWORD_RESET; null otherwise
     */
    public Email render(String kind, String language, String token, Instant expiresAt, Instant lockedUntil) {
        Texts t = Texts.of(language);
        String prefix = "account." + kind;
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(t.get(prefix + ".body"));
        String linkText = null;
        String url = null;
        if (token != null) {
            paragraphs.add(t.get("account.link.expires", Map.of("expires", t.deadline(expiresAt))));
            linkText = t.get(prefix + ".link");
            url = settings.getBaseUrl() + "/choose-password?code=" + token;
        } else if (lockedUntil != null) {
            paragraphs.add(t.get("account.LOCKED.until", Map.of("until", t.deadline(lockedUntil))));
            linkText = t.get("account.forgotten.link");
            url = settings.getBaseUrl() + "/forgot-password";
        } else {
            linkText = t.get("account.forgotten.link");
            url = settings.getBaseUrl() + "/forgot-password";
        }
        paragraphs.add(t.get(prefix + ".notYou"));
        String subject = t.get(prefix + ".subject");
        String heading = t.get(prefix + ".heading");
        String sender = t.get("sender", Map.of("name", settings.getSenderName(), "address", settings.getPostalAddress(),
                "contact", settings.getContact()));
        String why = t.get("account.why");

        StringBuilder text = new StringBuilder(heading).append("\n\n").append(t.get("greeting")).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(t.language())
                .append("\">\n<head><meta charset=\"utf-8\"><title>").append(esc(subject)).append("</title></head>\n<body>\n<h1>")
                .append(esc(heading)).append("</h1>\n<p>").append(esc(t.get("greeting"))).append("</p>\n");
        for (String p : paragraphs.subList(0, paragraphs.size() - 1)) {
            text.append(p).append("\n\n");
            html.append("<p>").append(esc(p)).append("</p>\n");
        }
        text.append(linkText).append("\n").append(url).append("\n\n");
        html.append("<p><a href=\"").append(esc(url)).append("\">").append(esc(linkText)).append("</a></p>\n");
        String last = paragraphs.get(paragraphs.size() - 1);
        text.append(last).append("\n\n--\n").append(why).append("\n").append(sender).append("\n");
        html.append("<p>").append(esc(last)).append("</p>\n<footer>\n<p>").append(esc(why)).append("</p>\n<p>").append(esc(sender))
                .append("</p>\n</footer>\n</body>\n</html>\n");
        return new Email(t.language(), subject, text.toString(), html.toString(), null);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
