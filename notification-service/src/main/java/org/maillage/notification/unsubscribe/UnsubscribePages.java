package org.maillage.notification.unsubscribe;

import jakarta.inject.Singleton;
import org.maillage.notification.delivery.Kind;
import org.maillage.notification.message.Texts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The two small pages of the unsubscribe flow: a question with one button, then the confirmation. No script. */
@Singleton
public class UnsubscribePages {

    public String confirm(String language, Kind kind, String token) {
        Texts t = Texts.of(language);
        String action = "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return page(t, t.get("page.title"), "<p>" + esc(t.get("page.question")) + "</p>\n<p>" + esc(t.get("page.kind." + kind)) + "</p>\n"
                + "<form method=\"post\" action=\"" + esc(action) + "\">\n"
                + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">\n"
                + "<button type=\"submit\">" + esc(t.get("page.button")) + "</button>\n</form>\n");
    }

    public String done(String language, Kind kind) {
        Texts t = Texts.of(language);
        return page(t, t.get("page.done.title"), "<p>" + esc(t.get("page.done", UnsubscribeController.kindText(t, kind))) + "</p>\n");
    }

    private static String page(Texts t, String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + t.language() + "\">\n<head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + esc(title) + " – Maillage</title></head>\n"
                + "<body>\n<main>\n<h1>" + esc(title) + "</h1>\n" + body + "</main>\n</body>\n</html>\n";
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
