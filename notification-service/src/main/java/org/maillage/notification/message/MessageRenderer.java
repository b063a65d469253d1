package org.maillage.notification.message;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.maillage.notification.MailSettings;
import org.maillage.notification.delivery.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a message in the reader's language, as plain text and as accessible HTML (a lang attribute, real headings,
 * links whose text says where they go), with the deadline and its time zone, the sender's identity and postal
 * address, and the unsubscribe link (CASL). The texts come from the message bundles.
 */
@Singleton
public class MessageRenderer {

    private final MailSettings settings;

    public MessageRenderer(MailSettings settings) {
        this.settings = settings;
    }

    public String opportunityUrl(OpportunityItem o) {
        return settings.getBaseUrl() + "/opportunities/" + o.id();
    }

    /** @param items one opportunity, or a digest's several */
    public Email render(Kind kind, String language, List<OpportunityItem> items, String unsubscribeUrl) {
        return render(kind, language, items, null, unsubscribeUrl);
    }

    /**
     * An alert, a digest or a follow-up. An alert and each entry of a digest say who buys, in which categories, for how much
     * when the buyer made it public, and until when questions are taken, besides the deadline; a cancellation says no
     * deadline (it no longer applies).
     *
     * @param answer the question and its answer, for an ANSWERED message
     */
    public Email render(Kind kind, String language, List<OpportunityItem> items, @Nullable Answer answer, String unsubscribeUrl) {
        Texts t = Texts.of(language);
        String lang = t.language();
        String title = items.isEmpty() ? "" : items.get(0).title(lang);
        Map<String, String> v = Map.of("title", title, "count", String.valueOf(items.size()));
        String subject = t.get(kind + ".subject", v);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(t.get(kind + ".body", v));
        if (items.size() == 1 && items.get(0).reason() != null && kind == Kind.CANCELLED) {
            paragraphs.add(t.get(kind + ".reason", Map.of("reason", items.get(0).reason())));
        }
        if (answer != null) {
            paragraphs.add(t.get("ANSWERED.question", Map.of("question", answer.question())));
            paragraphs.add(t.get("ANSWERED.answer", Map.of("answer", answer.answer())));
        }
        List<Link> links = new ArrayList<>();
        for (OpportunityItem o : items) {
            List<String> lines = switch (kind) {
                case MATCHED, DIGEST -> details(t, o);
                case CANCELLED -> List.of();
                default -> List.of(t.get("deadline", Map.of("deadline", t.deadline(o.deadline()))));
            };
            links.add(new Link(items.size() > 1 ? o.title(lang) : null, lines, t.get("link.text", Map.of("title", o.title(lang))),
                    opportunityUrl(o)));
        }
        return compose(t, kind, subject, paragraphs, links, unsubscribeUrl);
    }

    /** What an enterprise needs to judge a call from the message: who buys, what, for how much, until when it may ask and respond. */
    private static List<String> details(Texts t, OpportunityItem o) {
        List<String> lines = new ArrayList<>();
        if (o.buyer() != null) {
            lines.add(t.get("detail.buyer", Map.of("buyer", o.buyer())));
        }
        if (!o.categories().isEmpty()) {
            lines.add(t.get("detail.categories", Map.of("categories", String.join(", ", o.categories().stream().map(t::category).toList()))));
        }
        if (o.estimatedValue() != null) {
            lines.add(t.get("detail.value", Map.of("value", t.money(o.estimatedValue()))));
        }
        if (o.questionDeadline() != null) {
            lines.add(t.get("detail.questions", Map.of("deadline", t.deadline(o.questionDeadline()))));
        }
        lines.add(t.get("deadline", Map.of("deadline", t.deadline(o.deadline()))));
        return lines;
    }

    /**
     * What became of the reader's response once the buyer decided: won, rejected (with the buyer's reason), not retained,
     * or no contract at all, each with what happens next. No deadline: it has passed. Without the bidder's own outcome
     * (an opportunity decided before contracts-service told it), only the decision.
     */
    public Email renderOutcome(String language, OpportunityItem o, @Nullable Outcome outcome, String unsubscribeUrl) {
        Texts t = Texts.of(language);
        Map<String, String> v = Map.of("title", o.title(t.language()));
        if (outcome == null) {
            String body = "AWARDED".equals(o.status()) ? "OUTCOME.awarded" : "OUTCOME.unsuccessful";
            List<String> paragraphs = new ArrayList<>(List.of(t.get(body, v)));
            if (o.reason() != null && !"AWARDED".equals(o.status())) {
                paragraphs.add(t.get("OUTCOME.reason", Map.of("reason", o.reason())));
            }
            return compose(t, Kind.OUTCOME, t.get("OUTCOME.heading"), t.get("OUTCOME.subject", v), paragraphs,
                    List.of(new Link(null, List.of(), t.get("link.text", v), opportunityUrl(o))), unsubscribeUrl);
        }
        String key = "OUTCOME." + outcome.key();
        List<String> paragraphs = new ArrayList<>(List.of(t.get(key + ".body", v)));
        if (outcome.reason() != null && "REJECTED".equals(outcome.result())) {
            paragraphs.add(t.get("OUTCOME.REJECTED.reason", Map.of("reason", outcome.reason())));
            paragraphs.add(t.get("OUTCOME.REJECTED." + outcome.decision()));
        }
        if (outcome.decisionReason() != null && "UNSUCCESSFUL".equals(outcome.decision())) {
            paragraphs.add(t.get("OUTCOME.decisionReason", Map.of("reason", outcome.decisionReason())));
        }
        paragraphs.add(t.get(key + ".next"));
        String url = settings.getBaseUrl() + ("WON".equals(outcome.result()) ? "/supplier/contracts" : "/supplier/opportunities/" + o.id());
        return compose(t, Kind.OUTCOME, t.get(key + ".heading"), t.get(key + ".subject", v), paragraphs,
                List.of(new Link(null, List.of(), t.get(key + ".link", v), url)), unsubscribeUrl);
    }

    /**
     * To the buyer: an enterprise asked a question on its opportunity, with the question, until when questions are taken, and
     * the way to its page, where it answers. The asker is not named, as on every page.
     */
    public Email renderQuestionAsked(String language, OpportunityItem o, String question, String unsubscribeUrl) {
        Texts t = Texts.of(language);
        Map<String, String> v = Map.of("title", o.title(t.language()));
        List<String> paragraphs = new ArrayList<>(List.of(t.get("QUESTION_ASKED.body", v),
                t.get("ANSWERED.question", Map.of("question", question)), t.get("QUESTION_ASKED.everyone")));
        List<String> lines = o.questionDeadline() == null ? List.of(t.get("deadline", Map.of("deadline", t.deadline(o.deadline()))))
                : List.of(t.get("detail.questions", Map.of("deadline", t.deadline(o.questionDeadline()))));
        return compose(t, Kind.QUESTION_ASKED, t.get("QUESTION_ASKED.heading"), t.get("QUESTION_ASKED.subject", v), paragraphs,
                List.of(new Link(null, lines, t.get("QUESTION_ASKED.link"), settings.getBaseUrl() + "/buyer/opportunities/" + o.id())),
                unsubscribeUrl);
    }

    /**
     * Asks a party of a contract another one declared to confirm or reject it, on the page where it does so.
     *
     * @param buyer whether the reader buys for an institution (its contracts page differs from an enterprise's)
     */
    public Email renderDeclared(String language, DeclaredContract k, boolean buyer, String unsubscribeUrl) {
        Texts t = Texts.of(language);
        Map<String, String> v = Map.of("title", k.title(), "by", k.declaredBy(), "value", t.money(k.valueCad()));
        String url = settings.getBaseUrl() + (buyer ? "/buyer/contracts" : "/supplier/contracts");
        return compose(t, Kind.DECLARED, t.get("DECLARED.subject", v), List.of(t.get("DECLARED.body", v), t.get("DECLARED.ask")),
                List.of(new Link(null, List.of(), t.get("DECLARED.link"), url)), unsubscribeUrl);
    }

    /** A coordinator's week: each list under its own count, and the way to the pilot's pages. */
    public Email renderWeekly(String language, WeeklySummary w, String unsubscribeUrl) {
        Texts t = Texts.of(language);
        String lang = t.language();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(t.get("WEEKLY.applications", Map.of("count", String.valueOf(w.applications().size()))));
        w.applications().forEach(name -> paragraphs.add("- " + name));
        paragraphs.add(t.get("WEEKLY.declared", Map.of("count", String.valueOf(w.declared().size()))));
        w.declared().forEach(k -> paragraphs.add("- " + t.get("WEEKLY.declaredItem",
                Map.of("title", k.title(), "value", t.money(k.valueCad()), "by", k.declaredBy()))));
        paragraphs.add(t.get("WEEKLY.closing", Map.of("count", String.valueOf(w.closing().size()))));
        w.closing().forEach(o -> paragraphs.add("- " + t.get("WEEKLY.closingItem", Map.of("title",
                OpportunityItem.of(null, o.titleFr(), o.titleEn(), o.deadline(), "PUBLISHED", null).title(lang), "buyer", o.buyer(),
                "deadline", t.deadline(o.deadline())))));
        return compose(t, Kind.WEEKLY, t.get("WEEKLY.subject"), paragraphs,
                List.of(new Link(null, List.of(), t.get("WEEKLY.link"), settings.getBaseUrl() + "/coordinator")), unsubscribeUrl);
    }

    /** A link in a message: an optional heading (in a list of several) and the lines above it, its text and address. */
    private record Link(String heading, List<String> lines, String text, String url) {
    }

    private Email compose(Texts t, Kind kind, String subject, List<String> paragraphs, List<Link> links, String unsubscribeUrl) {
        return compose(t, kind, t.get(kind + ".heading"), subject, paragraphs, links, unsubscribeUrl);
    }

    private Email compose(Texts t, Kind kind, String heading, String subject, List<String> paragraphs, List<Link> links,
                          String unsubscribeUrl) {
        String lang = t.language();
        String why = t.get("why." + kind);
        String sender = settings.senderLine(t);
        boolean list = links.size() > 1;

        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head><meta charset=\"utf-8\"><title>")
                .append(esc(subject)).append("</title></head>\n<body>\n<h1>").append(esc(heading)).append("</h1>\n");
        text.append(heading).append("\n\n").append(t.get("greeting")).append("\n\n");
        html.append("<p>").append(esc(t.get("greeting"))).append("</p>\n");
        for (String p : paragraphs) {
            text.append(p).append("\n\n");
            html.append("<p>").append(esc(p)).append("</p>\n");
        }
        html.append(list ? "<ul>\n" : "");
        String indent = list ? "  " : "";
        for (Link l : links) {
            if (l.heading() != null) {
                text.append("- ").append(l.heading()).append("\n  ");
                html.append("<li><h2>").append(esc(l.heading())).append("</h2>");
            }
            for (String line : l.lines()) {
                text.append(line).append("\n").append(indent);
                html.append("<p>").append(esc(line)).append("</p>\n");
            }
            text.append(l.text()).append("\n").append(indent).append(l.url()).append("\n\n");
            html.append("<p><a href=\"").append(esc(l.url())).append("\">").append(esc(l.text())).append("</a></p>")
                    .append(list ? "</li>" : "").append("\n");
        }
        html.append(list ? "</ul>\n" : "");
        text.append("--\n").append(why).append("\n").append(t.get("unsubscribe.plain", Map.of("url", unsubscribeUrl)))
                .append("\n").append(sender).append("\n");
        html.append("<footer>\n<p>").append(esc(why)).append("</p>\n<p><a href=\"").append(esc(unsubscribeUrl)).append("\">")
                .append(esc(t.get("unsubscribe.text"))).append("</a></p>\n<p>").append(esc(sender)).append("</p>\n</footer>\n</body>\n</html>\n");
        return new Email(lang, subject, text.toString(), html.toString(), unsubscribeUrl);
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
