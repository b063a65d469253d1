package org.maillage.directory.auth;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** An account as its coordinators see it: never the password hash. */
@Serdeable
public record AccountView(UUID id, String email, String role, UUID organizationId, UUID decisionUnitId,
                          List<UUID> pilots, String language) {

    static AccountView of(Account a) {
        return new AccountView(a.id(), a.email(), a.role(), a.organizationId(), a.decisionUnitId(), java.util.Arrays.stream(a.pilots()).map(UUID::fromString).toList(), a.language());
    }
}
