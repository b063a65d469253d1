package org.maillage.contracts.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a document. Versions of one document share {@code seriesId}; {@code current} marks the latest,
 * the others stay listed (what a notice said before an addendum stays readable).
 *
 * @param enterpriseId the responding enterprise, for a document of a response; null for the notice's own
 * @param href         where its bytes are downloaded
 */
@Serdeable
public record DocumentView(
        UUID id, UUID seriesId, @Schema(minimum = "1", maximum = "100000") int version, boolean current, UUID opportunityId, @Nullable UUID enterpriseId,
        @Schema(maxLength = 200) String fileName, @Schema(maxLength = 200) String contentType, @Schema(minimum = "1", maximum = "10485760") long sizeBytes,
        @Schema(maxLength = 64) String sha256, @Nullable @Schema(maxLength = 2000) String summary, Instant uploadedAt,
        @Schema(maxLength = 300) String href) {
}
