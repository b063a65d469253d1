package org.maillage.directory.pilot;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@MappedEntity("pilot")
record PilotRow(@Id UUID id, String name, String region, LocalDate startsOn, LocalDate endsOn, String coordinatingOrganization,
                Instant createdAt) {
}
