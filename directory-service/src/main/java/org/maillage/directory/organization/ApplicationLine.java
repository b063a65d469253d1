package org.maillage.directory.organization;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One application of a pilot's list, as the keyset query reads it. */
@Introspected
record ApplicationLine(UUID organizationId, String name, String status, LocalDate appliedOn, @Nullable String contactEmail,
                       String language, @Nullable Instant refusedAt, @Nullable String refusalReason) {
}
