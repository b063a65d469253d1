package org.maillage.directory.pilot;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A pilot's member, as GET /api/pilots/{id}/members lists them. */
@Serdeable
public record Member(UUID organizationId, @Schema(maxLength = 200) String name, @Schema(maxLength = 20) String kind,
                     @Schema(maxLength = 20) String status, LocalDate joinedOn) {
}
