package org.maillage.contracts.matching;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

import java.util.UUID;

/** A notification is one opportunity matched to one enterprise. */
@Embeddable
record NotificationKey(@MappedProperty("opportunity_id") UUID opportunityId, @MappedProperty("enterprise_id") UUID enterpriseId) {
}
