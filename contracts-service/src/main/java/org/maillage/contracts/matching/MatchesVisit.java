package org.maillage.contracts.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import io.swagger.v3.oas.annotations.media.ArraySchema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The caller's visit to its matches: what was matched after {@code previousVisitAt} (the {@code notifiedAt} of its
 * standing) and is not among {@code opened} is new to it.
 *
 * @param previousVisitAt the end of its previous visit; null on its first, when every match is new
 * @param opened          the open opportunities it opened itself (not a colleague), the latest first
 */
@Serdeable
public record MatchesVisit(@Nullable Instant previousVisitAt, @ArraySchema(maxItems = 200) List<UUID> opened) {
}
