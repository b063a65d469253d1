package org.maillage.notification.receipt;

import jakarta.inject.Singleton;
import org.maillage.contracts.api.ResponseReceived;
import org.maillage.notification.MailSettings;
import org.maillage.notification.delivery.Addressee;
import org.maillage.notification.delivery.Kind;
import org.maillage.notification.delivery.KindRenderer;
import org.maillage.notification.delivery.OutgoingMessage;
import org.maillage.notification.delivery.Rendering;
import org.maillage.notification.message.Notice;
import org.maillage.notification.message.OpportunityItem;
import org.maillage.notification.message.Texts;
import org.maillage.notification.opportunity.OpportunityRepository;
import org.maillage.notification.opportunity.OpportunityRow;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The copy of a response's receipt, to the person who sent it: the number and the time to the second in Montréal, as the
 * site's receipt prints them, and each file with its size and SHA-256 digest. Never the price or the proposal: sealed
 * until the deadline, they stay on the signed-in receipt page this message links to. An opportunity not known here yet
 * (its events may come later on another partition) is waited for a while.
 */
@Singleton
class ReceiptNotice implements KindRenderer {

    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    private final ReceiptRepository receipts;
    private final OpportunityRepository opportunities;
    private final MailSettings settings;

    ReceiptNotice(ReceiptRepository receipts, OpportunityRepository opportunities, MailSettings settings) {
        this.receipts = receipts;
        this.opportunities = opportunities;
        this.settings = settings;
    }

    @Override
    public Set<Kind> kinds() {
        return Set.of(Kind.RESPONSE_RECEIPT);
    }

    @Override
    public Rendering render(OutgoingMessage m, Addressee to) {
        Optional<ReceiptRow> receipt = receipts.find(m.opportunityId(), m.organizationId(), m.receivedAt());
        Optional<OpportunityRow> opportunity = opportunities.findById(m.opportunityId());
        if (receipt.isEmpty() || opportunity.isEmpty()) {
            return Rendering.notYet("receipt or opportunity not known yet");
        }
        ReceiptRow r = receipt.get();
        Texts t = Texts.of(to.language());
        OpportunityRow o = opportunity.get();
        String title = OpportunityItem.of(o.id(), o.titleFr(), o.titleEn(), o.deadline(), o.status(), o.cancelReason()).title(t.language());
        Map<String, String> v = Map.of("title", title,
                "time", EXACT.format(r.key().receivedAt().atZone(MONTREAL)) + " " + t.get("deadline.zone"),
                "number", ResponseReceived.number(r.key().responseId(), r.key().receivedAt()));
        List<String> paragraphs = new ArrayList<>(List.of(t.get(r.replaced() ? "RECEIPT.replaced" : "RECEIPT.received", v),
                t.get("RECEIPT.number", v)));
        if (r.fileNames().length == 0) {
            paragraphs.add(t.get("RECEIPT.noFile"));
        } else {
            paragraphs.add(t.get("RECEIPT.files"));
            for (int i = 0; i < r.fileNames().length; i++) {
                paragraphs.add(t.get("RECEIPT.file", Map.of("name", r.fileNames()[i], "size", size(r.fileSizes()[i], t),
                        "digest", r.fileDigests()[i])));
            }
        }
        paragraphs.add(t.get("RECEIPT.sealed"));
        return Rendering.ready(new Notice(t.get("RECEIPT.subject", v), t.get(r.replaced() ? "RECEIPT.headingReplaced" : "RECEIPT.heading"),
                paragraphs, new Notice.Link(t.get("RECEIPT.link"),
                        settings.getBaseUrl() + "/supplier/opportunities/" + m.opportunityId() + "/response/receipt"),
                List.of(), t.get("why.RECEIPT"), settings.senderLine(t)).render(t));
    }

    /** "4 Ko", "1,2 Mo": as the site's receipt writes a file's size. */
    private static String size(long bytes, Texts t) {
        return bytes < 1024 * 1024 ? t.get("RECEIPT.sizeKb", Map.of("n", String.valueOf(Math.max(1, bytes / 1024))))
                : t.get("RECEIPT.sizeMb", Map.of("n", String.format(Locale.forLanguageTag(t.language() + "-CA"), "%.1f", bytes / (1024.0 * 1024.0))));
    }
}
