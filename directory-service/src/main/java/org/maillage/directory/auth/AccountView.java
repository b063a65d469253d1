package org.maillage.directory.auth;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** An account as its coordinators see it: never the password hash. */
@Serdeable
public record AccountView(UUID id, @Schema(maxLength = 254) String email, @Schema(maxLength = 20) String role,
                          UUID organizationId, UUID decisionUnitId,
                          @ArraySchema(maxItems = 20) List<UUID> pilots, @Schema(maxLength = 2) String language) {

    static AccountView of(Account a) {
        return new AccountView(a.id(), a.email(), a.role(), a.organizationId(), a.decisionUnitId(), java.util.Arrays.stream(a.pilots()).map(UUID::fromString).toList(), a.language());
    }
}
