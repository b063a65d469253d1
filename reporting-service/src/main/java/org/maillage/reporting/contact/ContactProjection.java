package org.maillage.reporting.contact;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.ContactEventTypes;
import org.maillage.contracts.api.ContactState;
import org.maillage.platform.inbox.InboundEvent;
import org.maillage.reporting.projection.BulkMode;
import org.maillage.reporting.projection.ProjectionLock;


/** Keeps reporting's contact log (no summaries, no people) in step with contracts.contacts; runs in the inbox's transaction. */
@Singleton
public class ContactProjection {

    private final ContactRepository contacts;
    private final ProjectionLock lock;
    private final ObjectMapper json;
    private final ContactCells cells;
    private final BulkMode bulk;

    public ContactProjection(ContactRepository contacts, ProjectionLock lock, ObjectMapper json, ContactCells cells, BulkMode bulk) {
        this.contacts = contacts;
        this.lock = lock;
        this.json = json;
        this.cells = cells;
        this.bulk = bulk;
    }

    /** Runs in the inbox's transaction, as do the cells' refreshes. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void apply(InboundEvent event) {
        if (!ContactEventTypes.LOGGED_V1.equals(event.type()) && !ContactEventTypes.UPDATED_V1.equals(event.type())) {
            return;
        }
        lock.hold();
        ContactState k = event.decode(json, ContactState.class);
        long changed = contacts.keepNewest(k.contactId(), k.pilotId(), k.enterpriseId(), k.counterpartId(), k.counterpartKind(),
                k.decisionUnitId(), k.occurredOn(), k.channel(), k.introducedByContactId(), k.introduced(), k.createdAt(), k.occurredAt());
        if (changed > 0 && !bulk.on()) {
            cells.refreshAround(k.contactId());
        }
    }
}
