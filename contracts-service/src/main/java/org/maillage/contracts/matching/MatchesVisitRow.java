package org.maillage.contracts.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * One account's visits to its matches.
 *
 * @param lastSeenAt      its latest look, which ends the visit under way
 * @param previousVisitAt the end of the visit before the one under way; null while it has had only one
 */
@MappedEntity("matches_visit")
record MatchesVisitRow(@Id UUID accountId, Instant lastSeenAt, @Nullable Instant previousVisitAt) {
}
