package org.maillage.contracts.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * Questions on a published opportunity close before its deadline ({@link OpportunityEventTypes#QUESTION_DEADLINE_V1}):
 * announced with its publication, just after the published state, only when the buyer set one (none: questions close
 * with responses, at the deadline). Apart from {@link OpportunityState} so that the state's shipped shape stays as it is.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OpportunityQuestionDeadline(UUID opportunityId, Instant questionDeadline, Instant occurredAt) {
}
