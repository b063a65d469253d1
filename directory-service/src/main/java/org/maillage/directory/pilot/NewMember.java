package org.maillage.directory.pilot;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.UUID;

/** An organization joining a pilot; the date defaults to today (Montréal time). */
@Serdeable
public record NewMember(@NotNull UUID organizationId, @Nullable LocalDate joinedOn) {
}
