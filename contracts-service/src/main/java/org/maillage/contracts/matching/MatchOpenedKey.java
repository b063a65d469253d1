package org.maillage.contracts.matching;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

import java.util.UUID;

/** An account opens a matched opportunity once, as far as this table counts. */
@Embeddable
record MatchOpenedKey(@MappedProperty("account_id") UUID accountId, @MappedProperty("opportunity_id") UUID opportunityId) {
}
