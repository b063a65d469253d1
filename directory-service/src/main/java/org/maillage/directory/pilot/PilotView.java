package org.maillage.directory.pilot;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A pilot, public, with how many organizations take part; the members come in pages from GET /api/pilots/{id}/members. */
@Serdeable
public record PilotView(UUID id, @Schema(maxLength = 200) String name, @Schema(maxLength = 2) String region,
                        LocalDate startsOn, LocalDate endsOn, @Schema(maxLength = 200) String coordinatingOrganization,
                        @Schema(minimum = "0", maximum = "1000000") long memberCount) {
}
