package org.maillage.contracts.document;

import java.time.Instant;
import java.util.UUID;

/** A document row as kept, with where its bytes are; never leaves the service (see DocumentView). */
record StoredDocument(UUID id, UUID seriesId, int version, UUID opportunityId, UUID enterpriseId, String fileName, String contentType,
                      long sizeBytes, String sha256, String storageKey, String summary, UUID uploadedBy, Instant uploadedAt) {
}
