package org.maillage.directory.organization;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One page of a pilot's applications, pending and refused, by name.
 *
 * @param next pass it back as {@code cursor} for the next page; null on the last page
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS) // `next` is there, null, on the last page
public record ApplicationPage(@ArraySchema(maxItems = 100) List<Application> items, @Nullable @Schema(maxLength = 36) String next) {

    /**
     * @param status        PENDING or REFUSED
     * @param contactEmail  whom the applicant asked to be answered at, if anyone
     * @param refusalReason the coordinator's reason, once refused
     */
    @Serdeable
    public record Application(UUID organizationId, @Schema(maxLength = 200) String name, @Schema(maxLength = 20) String status,
                              LocalDate appliedOn, @Nullable @Schema(maxLength = 254) String contactEmail,
                              @Schema(maxLength = 2) String language, @Nullable Instant refusedAt,
                              @Nullable @Schema(maxLength = 2000) String refusalReason) {
    }
}
