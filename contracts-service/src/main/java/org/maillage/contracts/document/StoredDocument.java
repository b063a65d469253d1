package org.maillage.contracts.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * A document row as kept, with where its bytes are; never leaves the service (see DocumentView). {@code version} is the
 * document's place in its series, not an optimistic lock.
 */
@MappedEntity("document")
record StoredDocument(@Id UUID id, UUID seriesId, int version, UUID opportunityId, @Nullable UUID enterpriseId, String fileName,
                      String contentType, long sizeBytes, String sha256, String storageKey, @Nullable String summary, UUID uploadedBy,
                      Instant uploadedAt) {
}
