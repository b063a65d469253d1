package org.maillage.contracts.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * An enterprise asked a question on an opportunity, or the buyer answered it. The asker is named here so that it
 * hears the answer; pages never show it to other enterprises (askers stay anonymous to them).
 *
 * @param question the question as published to every reader
 * @param answer   null until the buyer answers
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OpportunityQuestion(UUID opportunityId, UUID questionId, UUID askedBy, String question, @Nullable String answer,
                                  Instant occurredAt) {
}
