package org.maillage.notification.opportunity;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.util.UUID;

/** Whether an enterprise said it was interested in an opportunity, asked a question about it, and responded. */
@MappedEntity("engagement")
record EngagementRow(@EmbeddedId Key id, boolean interested, boolean responded, boolean asked) {

    @Embeddable
    record Key(@MappedProperty("opportunity_id") UUID opportunityId, @MappedProperty("enterprise_id") UUID enterpriseId) {
    }
}
