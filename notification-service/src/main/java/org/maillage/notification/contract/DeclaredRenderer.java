package org.maillage.notification.contract;

import jakarta.inject.Singleton;
import org.maillage.notification.delivery.Addressee;
import org.maillage.notification.delivery.Kind;
import org.maillage.notification.delivery.KindRenderer;
import org.maillage.notification.delivery.OutgoingMessage;
import org.maillage.notification.delivery.Rendering;
import org.maillage.notification.message.MessageRenderer;
import org.maillage.notification.unsubscribe.UnsubscribeTokens;

import java.util.Set;

/**
 * The request to confirm a contract another party declared, pointing to the reader's own contracts page. A contract not
 * known here (its event was not applied) sends nothing rather than a blank message.
 */
@Singleton
class DeclaredRenderer implements KindRenderer {

    private final DeclaredContractRepository declared;
    private final MessageRenderer renderer;
    private final UnsubscribeTokens tokens;

    DeclaredRenderer(DeclaredContractRepository declared, MessageRenderer renderer, UnsubscribeTokens tokens) {
        this.declared = declared;
        this.renderer = renderer;
        this.tokens = tokens;
    }

    @Override
    public Set<Kind> kinds() {
        return Set.of(Kind.DECLARED);
    }

    @Override
    public Rendering render(OutgoingMessage m, Addressee to) {
        return declared.toConfirm(m.contractId())
                .map(k -> Rendering.ready(renderer.renderDeclared(to.language(), k, "BUYER".equals(to.role()),
                        tokens.link(m.accountId(), Kind.DECLARED))))
                .orElse(Rendering.suppressed("nothing to say"));
    }
}
