package org.maillage.notification.opportunity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A published answer, kept for the ANSWERED message that carries it. */
@MappedEntity("answered_question")
public record AnsweredQuestionRow(@Id UUID questionId, UUID opportunityId, String question, String answer, Instant answeredAt) {
}
