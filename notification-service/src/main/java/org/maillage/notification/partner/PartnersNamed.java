package org.maillage.notification.partner;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.maillage.contracts.api.OpportunityEventTypes;
import org.maillage.contracts.api.ResponsePartners;
import org.maillage.platform.inbox.InboundEvent;

import java.util.UUID;

/** Applies a joint response's partners inside the inbox's transaction: each partner's sales people get a message to send. */
@Singleton
public class PartnersNamed {

    private final PartnerQueue messages;
    private final ObjectMapper json;

    PartnersNamed(PartnerQueue messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public void apply(InboundEvent event) {
        if (!OpportunityEventTypes.PARTNERS_NAMED_V1.equals(event.type())) {
            return;
        }
        ResponsePartners named = event.decode(json, ResponsePartners.class);
        for (UUID partner : named.partnerIds()) {
            messages.addForSalesPeopleOf(event.id(), named.opportunityId(), named.leadEnterpriseId(), partner);
        }
    }
}
