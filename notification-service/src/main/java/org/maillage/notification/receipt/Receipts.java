package org.maillage.notification.receipt;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.contracts.api.ResponseReceived;
import org.maillage.platform.inbox.InboundEvent;

/** Applies a response received inside the inbox's transaction: what its receipt says is kept, and its message queued. */
@Singleton
public class Receipts {

    private final ReceiptRepository receipts;
    private final ObjectMapper json;

    Receipts(ReceiptRepository receipts, ObjectMapper json) {
        this.receipts = receipts;
        this.json = json;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void apply(InboundEvent event) {
        if (!OpportunityEventTypes.RESPONSE_RECEIVED_V1.equals(event.type())) {
            return;
        }
        ResponseReceived r = event.decode(json, ResponseReceived.class);
        ReceiptRow.Key key = new ReceiptRow.Key(r.responseId(), r.receivedAt());
        if (!receipts.existsById(key)) {
            receipts.save(new ReceiptRow(key, r.opportunityId(), r.enterpriseId(), r.accountId(), r.replaced(),
                    r.files().stream().map(ResponseReceived.File::fileName).toArray(String[]::new),
                    r.files().stream().map(ResponseReceived.File::sizeBytes).toArray(Long[]::new),
                    r.files().stream().map(ResponseReceived.File::sha256).toArray(String[]::new)));
        }
        receipts.queue(event.id(), r.responseId(), r.receivedAt().toString(), r.receivedAt(), r.accountId(), r.opportunityId(),
                r.enterpriseId());
    }
}
