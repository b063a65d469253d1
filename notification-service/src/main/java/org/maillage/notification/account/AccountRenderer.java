package org.maillage.notification.account;

import jakarta.inject.Singleton;
import org.maillage.directory.api.LinkSeal;
import org.maillage.notification.MailSettings;
import org.maillage.notification.delivery.Addressee;
import org.maillage.notification.delivery.Kind;
import org.maillage.notification.delivery.KindRenderer;
import org.maillage.notification.delivery.OutgoingMessage;
import org.maillage.notification.delivery.Rendering;
import org.maillage.notification.message.Email;
import org.maillage.notification.message.Notice;
import org.maillage.notification.message.Texts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a message about the person's own account. These are not marketing (CASL exempts them) and a person must not be
 * able to turn off hearing that its password changed: they carry no unsubscribe link, but the sender is identified as
 * in every message. A link that expired before it could be sent is not sent (it would not work), nor one whose token
 * this service cannot open. The token is in clear only in the email; nothing here logs it.
 */
@Singleton
class AccountRenderer implements KindRenderer {

    /** Each kind's texts in the bundles. */
    private static final Map<Kind, String> TEXTS = Map.of(Kind.ACCOUNT_INVITATION, "account.INVITATION",
            Kind.PASSWORD_RESET, "account.PASSWORD_RESET", Kind.PASSWORD_CHANGED, "account.PASSWORD_CHANGED",
            Kind.ACCOUNT_LOCKED, "account.LOCKED");

    private final LinkSeal seal;
    private final MailSettings settings;

    AccountRenderer(LinkSeal seal, MailSettings settings) {
        this.seal = seal;
        this.settings = settings;
    }

    @Override
    public Set<Kind> kinds() {
        return TEXTS.keySet();
    }

    @Override
    public Rendering render(OutgoingMessage m, Addressee to) {
        if (m.expiresAt() != null && m.expiresAt().isBefore(Instant.now())) {
            return Rendering.expired("the link expired before it could be sent");
        }
        String token = null;
        if (m.sealedToken() != null) {
            try {
                token = seal.open(m.sealedToken(), m.accountId());
            } catch (IllegalArgumentException e) {
                return Rendering.failed("the link's token cannot be opened with this service's key");
            }
        }
        return Rendering.ready(write(m.kind(), to.language(), token, m.expiresAt(), m.lockedUntil()));
    }

    /** @param token the link's token in clear, for ACCOUNT_INVITATION and PASSWORD_RESET; null otherwise */
    private Email write(Kind kind, String language, String token, Instant expiresAt, Instant lockedUntil) {
        Texts t = Texts.of(language);
        String prefix = TEXTS.get(kind);
        List<String> paragraphs = new ArrayList<>(List.of(t.get(prefix + ".body")));
        Notice.Link link;
        if (token != null) {
            paragraphs.add(t.get("account.link.expires", Map.of("expires", t.deadline(expiresAt))));
            link = new Notice.Link(t.get(prefix + ".link"), settings.getBaseUrl() + "/choose-password?lang=" + t.language() + "&code=" + token);
        } else {
            if (lockedUntil != null) {
                paragraphs.add(t.get("account.LOCKED.until", Map.of("until", t.deadline(lockedUntil))));
            }
            link = new Notice.Link(t.get("account.forgotten.link"), settings.getBaseUrl() + "/forgot-password?lang=" + t.language());
        }
        return new Notice(t.get(prefix + ".subject"), t.get(prefix + ".heading"), paragraphs, link, List.of(t.get(prefix + ".notYou")),
                t.get("account.why"), settings.senderLine(t)).render(t);
    }
}
