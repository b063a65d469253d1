package org.maillage.notification.message;

import java.util.List;

/**
 * A one-off notice to a person, laid out the same way in plain text and in accessible HTML: a heading, the greeting,
 * paragraphs, one link to the page where the person acts, and the footer that says why it came and who sent it. No
 * unsubscribe link: a notice follows from a step that concerns the person's own organization, not from a subscription.
 */
public record Notice(String subject, String heading, List<String> paragraphs, String linkText, String url, String why, String sender) {

    public Email render(Texts t) {
        StringBuilder text = new StringBuilder(heading).append("\n\n").append(t.get("greeting")).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(t.language())
                .append("\">\n<head><meta charset=\"utf-8\"><title>").append(esc(subject)).append("</title></head>\n<body>\n<h1>")
                .append(esc(heading)).append("</h1>\n<p>").append(esc(t.get("greeting"))).append("</p>\n");
        for (String p : paragraphs) {
            text.append(p).append("\n\n");
            html.append("<p>").append(esc(p)).append("</p>\n");
        }
        text.append(linkText).append("\n").append(url).append("\n\n--\n").append(why).append("\n").append(sender).append("\n");
        html.append("<p><a href=\"").append(esc(url)).append("\">").append(esc(linkText)).append("</a></p>\n<footer>\n<p>")
                .append(esc(why)).append("</p>\n<p>").append(esc(sender)).append("</p>\n</footer>\n</body>\n</html>\n");
        return new Email(t.language(), subject, text.toString(), html.toString(), null);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
