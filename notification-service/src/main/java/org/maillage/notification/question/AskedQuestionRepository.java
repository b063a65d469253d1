package org.maillage.notification.question;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AskedQuestionRepository extends CrudRepository<AskedQuestionRow, UUID> {

    /** Hand-written: a redelivered event keeps the first record, in one statement. */
    @Query("""
            insert into asked_question (question_id, opportunity_id, question, asked_at) values (:questionId, :opportunityId, :question, :askedAt)
            on conflict (question_id) do nothing""")
    long keep(UUID questionId, UUID opportunityId, String question, Instant askedAt);
}
