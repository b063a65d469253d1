package org.maillage.directory.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One page of a pilot's accounts that have never signed in, oldest invitation first.
 *
 * @param next pass it back as {@code cursor} for the next page; null on the last page
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS) // `next` is there, null, on the last page
public record NeverSignedInPage(@ArraySchema(maxItems = 100) List<Account> items, @Nullable @Schema(maxLength = 36) String next) {

    /** @param invitedAt when the account was opened: the person was given a code then */
    @Serdeable
    public record Account(UUID id, @Schema(maxLength = 254) String email, @Schema(maxLength = 20) String role,
                          @Nullable UUID organizationId, @Schema(maxLength = 200) String organizationName,
                          @Schema(maxLength = 2) String language, Instant invitedAt) {
    }
}
