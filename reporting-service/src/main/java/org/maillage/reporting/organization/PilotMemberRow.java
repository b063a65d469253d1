package org.maillage.reporting.organization;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.util.UUID;

/** An organization's membership of a pilot, with its kind (the views of V6 count buyers and suppliers by it). */
@MappedEntity("pilot_member")
record PilotMemberRow(@EmbeddedId Key id, String kind) {

    @Embeddable
    record Key(@MappedProperty("pilot_id") UUID pilotId, @MappedProperty("organization_id") UUID organizationId) {
    }
}
