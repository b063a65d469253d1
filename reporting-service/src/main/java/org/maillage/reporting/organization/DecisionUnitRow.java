package org.maillage.reporting.organization;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.util.UUID;

@MappedEntity("decision_unit")
record DecisionUnitRow(@EmbeddedId Key id, String name) {

    @Embeddable
    record Key(@MappedProperty("organization_id") UUID organizationId, @MappedProperty("id") UUID id) {
    }
}
