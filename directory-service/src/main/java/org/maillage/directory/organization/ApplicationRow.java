package org.maillage.directory.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** What an enterprise's own application carries beyond its public profile (migration V12): never public. */
@MappedEntity("application")
record ApplicationRow(@Id UUID organizationId, @Nullable String contactEmail, String language, @Nullable Instant refusedAt,
                      @Nullable UUID refusedBy, @Nullable String refusalReason) {

    ApplicationRow refused(UUID by, String reason, Instant at) {
        return new ApplicationRow(organizationId, contactEmail, language, at, by, reason);
    }
}
