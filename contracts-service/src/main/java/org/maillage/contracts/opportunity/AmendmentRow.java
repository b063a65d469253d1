package org.maillage.contracts.opportunity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One change made to a published opportunity, with the deadline before and after. */
@MappedEntity("opportunity_amendment")
record AmendmentRow(@Id UUID id, UUID opportunityId, Instant amendedAt, String summary, Instant previousDeadline, Instant newDeadline) {

    OpportunityView.AmendmentView view() {
        return new OpportunityView.AmendmentView(amendedAt, summary, previousDeadline, newDeadline);
    }
}
