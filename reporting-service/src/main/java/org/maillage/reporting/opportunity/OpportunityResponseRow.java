package org.maillage.reporting.opportunity;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An enterprise's response to an opportunity, in its newest status. */
@MappedEntity("opportunity_response")
record OpportunityResponseRow(@EmbeddedId OpportunityMatchRow.Key id, String status, Instant updatedAt) {
}
