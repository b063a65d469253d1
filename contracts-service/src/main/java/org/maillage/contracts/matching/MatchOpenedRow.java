package org.maillage.contracts.matching;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** The first time an account opened an opportunity matched to its enterprise. */
@MappedEntity("match_opened")
record MatchOpenedRow(@EmbeddedId MatchOpenedKey key, Instant openedAt) {
}
