package org.maillage.directory.pilot;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A pilot and its members, public. */
@Serdeable
public record PilotView(UUID id, @Schema(maxLength = 200) String name, @Schema(maxLength = 2) String region,
                        LocalDate startsOn, LocalDate endsOn, @Schema(maxLength = 200) String coordinatingOrganization,
                        @ArraySchema(maxItems = 10000) List<Member> members) {

    @Serdeable
    public record Member(UUID organizationId, @Schema(maxLength = 200) String name, @Schema(maxLength = 20) String kind,
                         @Schema(maxLength = 20) String status, LocalDate joinedOn) {
    }
}
