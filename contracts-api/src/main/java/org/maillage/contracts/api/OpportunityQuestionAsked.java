package org.maillage.contracts.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * An enterprise asked a question ({@link OpportunityEventTypes#QUESTION_ASKED_V2}): v1's {@link OpportunityQuestion} without
 * the answer, plus to whom the question goes, so that the buyer is told. The contact is the one the public notice shows.
 *
 * @param askedBy      the asking enterprise, so that it hears the answer; pages never name it
 * @param buyerId      the buying organization
 * @param contactName  the notice's contact person, null when the buyer gave none
 * @param contactEmail the notice's contact address, null when the buyer gave none
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OpportunityQuestionAsked(UUID opportunityId, UUID questionId, UUID askedBy, String question, UUID buyerId,
                                       @Nullable String contactName, @Nullable String contactEmail, Instant occurredAt) {
}
