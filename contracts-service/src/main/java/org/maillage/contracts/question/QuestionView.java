package org.maillage.contracts.question;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A question and its public answer; who asked it is not shown. */
@Serdeable
public record QuestionView(UUID id, @Schema(maxLength = 4000) String question, Instant askedAt,
                           @Nullable @Schema(maxLength = 8000) String answer, @Nullable Instant answeredAt) {
}
