package org.maillage.directory.organization;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.LocalDate;

/** How many applications one client address sent on one day (Montréal time). */
@MappedEntity("application_quota")
record ApplicationQuotaRow(@EmbeddedId Key id, int applications) {

    @Embeddable
    record Key(@MappedProperty("client") String client, @MappedProperty("day") LocalDate day) {
    }
}
