package org.maillage.notification.question;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A question an enterprise asked, kept for the message that tells the buyer; never who asked. */
@MappedEntity("asked_question")
record AskedQuestionRow(@Id UUID questionId, UUID opportunityId, String question, Instant askedAt) {
}
