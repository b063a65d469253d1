package org.maillage.directory.pilot;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.LocalDate;
import java.util.UUID;

/** An organization's membership of a pilot, from the day it joined. */
@MappedEntity("pilot_member")
public record PilotMemberRow(@EmbeddedId Key id, LocalDate joinedOn) {

    @Embeddable
    public record Key(@MappedProperty("pilot_id") UUID pilotId, @MappedProperty("organization_id") UUID organizationId) {
    }
}
