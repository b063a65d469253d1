package org.maillage.reporting.opportunity;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.util.UUID;

/** An enterprise an opportunity was matched to. */
@MappedEntity("opportunity_match")
record OpportunityMatchRow(@EmbeddedId Key id) {

    @Embeddable
    record Key(@MappedProperty("opportunity_id") UUID opportunityId, @MappedProperty("enterprise_id") UUID enterpriseId) {
    }
}
