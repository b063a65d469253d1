package org.maillage.notification.weekly;

import jakarta.inject.Singleton;
import org.maillage.notification.delivery.Addressee;
import org.maillage.notification.delivery.Kind;
import org.maillage.notification.delivery.KindRenderer;
import org.maillage.notification.delivery.OutgoingMessage;
import org.maillage.notification.delivery.Rendering;
import org.maillage.notification.directory.RecipientRepository;
import org.maillage.notification.directory.RecipientRow;
import org.maillage.notification.message.MessageRenderer;
import org.maillage.notification.message.WeeklySummary;
import org.maillage.notification.unsubscribe.UnsubscribeTokens;

import java.util.Set;

/** A coordinator's week, its figures read when it is sent; nothing waiting in its pilots, no message rather than an empty one. */
@Singleton
class WeeklyRenderer implements KindRenderer {

    private final RecipientRepository recipients;
    private final WeeklyFacts facts;
    private final MessageRenderer renderer;
    private final UnsubscribeTokens tokens;

    WeeklyRenderer(RecipientRepository recipients, WeeklyFacts facts, MessageRenderer renderer, UnsubscribeTokens tokens) {
        this.recipients = recipients;
        this.facts = facts;
        this.renderer = renderer;
        this.tokens = tokens;
    }

    @Override
    public Set<Kind> kinds() {
        return Set.of(Kind.WEEKLY);
    }

    @Override
    public Rendering render(OutgoingMessage m, Addressee to) {
        String[] pilots = recipients.findById(m.accountId()).map(RecipientRow::pilots).orElse(new String[0]);
        WeeklySummary w = new WeeklySummary(facts.applications(pilots), facts.unconfirmed(pilots), facts.closing(pilots));
        return w.isEmpty() ? Rendering.suppressed("nothing to say")
                : Rendering.ready(renderer.renderWeekly(to.language(), w, tokens.link(m.accountId(), Kind.WEEKLY)));
    }
}
