package org.maillage.contracts.question;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A question an enterprise asked about an opportunity, and the buyer's answer once given. */
@MappedEntity("question")
record QuestionRow(@Id UUID id, UUID opportunityId, UUID enterpriseId, String question, Instant askedAt, @Nullable String answer,
                   @Nullable Instant answeredAt) {

    QuestionRow answered(String text, Instant at) {
        return new QuestionRow(id, opportunityId, enterpriseId, question, askedAt, text, at);
    }

    QuestionView view() {
        return new QuestionView(id, question, askedAt, answer, answeredAt);
    }
}
