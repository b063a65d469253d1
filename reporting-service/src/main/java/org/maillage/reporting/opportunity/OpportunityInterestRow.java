package org.maillage.reporting.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Whether a matched enterprise said it was interested, and why not. */
@MappedEntity("opportunity_interest")
record OpportunityInterestRow(@EmbeddedId OpportunityMatchRow.Key id, boolean interested, @Nullable String reason, Instant updatedAt) {
}
