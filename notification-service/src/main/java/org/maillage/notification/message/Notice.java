package org.maillage.notification.message;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A one-off notice to a person, laid out the same way in plain text and in accessible HTML: a heading, the greeting,
 * paragraphs, the link to the page where the person acts (if any) and what follows it, and the footer that says why it
 * came and who sent it. No unsubscribe link: a notice follows from a step that concerns the person (its account, its
 * application) or its organization, not from a subscription.
 */
public record Notice(String subject, String heading, List<String> paragraphs, @Nullable Link link, List<String> after, String why,
                     String sender) {

    /** A link's words and address. */
    public record Link(String text, String url) {
    }

    public Email render(Texts t) {
        StringBuilder text = new StringBuilder(heading).append("\n\n").append(t.get("greeting")).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(t.language())
                .append("\">\n<head><meta charset=\"utf-8\"><title>").append(esc(subject)).append("</title></head>\n<body>\n<h1>")
                .append(esc(heading)).append("</h1>\n<p>").append(esc(t.get("greeting"))).append("</p>\n");
        paragraphs(paragraphs, text, html);
        if (link != null) {
            text.append(link.text()).append("\n").append(link.url()).append("\n\n");
            html.append("<p><a href=\"").append(esc(link.url())).append("\">").append(esc(link.text())).append("</a></p>\n");
        }
        paragraphs(after, text, html);
        text.append("--\n").append(why).append("\n").append(sender).append("\n");
        html.append("<footer>\n<p>").append(esc(why)).append("</p>\n<p>").append(esc(sender)).append("</p>\n</footer>\n</body>\n</html>\n");
        return new Email(t.language(), subject, text.toString(), html.toString(), null);
    }

    private static void paragraphs(List<String> paragraphs, StringBuilder text, StringBuilder html) {
        for (String p : paragraphs) {
            text.append(p).append("\n\n");
            html.append("<p>").append(esc(p)).append("</p>\n");
        }
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
