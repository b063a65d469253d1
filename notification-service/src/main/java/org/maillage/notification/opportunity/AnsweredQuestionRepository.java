package org.maillage.notification.opportunity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AnsweredQuestionRepository extends CrudRepository<AnsweredQuestionRow, UUID> {

    /** Hand-written: an upsert where the newest answer wins in one statement, whatever order the events arrive in. */
    @Query("""
            insert into answered_question (question_id, opportunity_id, question, answer, answered_at)
            values (:questionId, :opportunityId, :question, :answer, :answeredAt)
            on conflict (question_id) do update set question = excluded.question, answer = excluded.answer,
                answered_at = excluded.answered_at
            where answered_question.answered_at <= excluded.answered_at""")
    long keepNewest(UUID questionId, UUID opportunityId, String question, String answer, Instant answeredAt);
}
