package org.maillage.directory.pilot;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One page of a pilot's members, by name.
 *
 * @param nextCursor pass it back as {@code cursor} for the next page; null on the last page
 */
@Serdeable
public record MemberPage(@ArraySchema(maxItems = 100) List<Member> items, @Nullable UUID nextCursor) {

    @Serdeable
    public record Member(UUID organizationId, @Schema(maxLength = 200) String name, @Schema(maxLength = 20) String kind,
                         @Schema(maxLength = 20) String status, LocalDate joinedOn) {
    }
}
