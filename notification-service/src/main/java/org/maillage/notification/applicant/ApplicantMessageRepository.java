package org.maillage.notification.applicant;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ApplicantMessageRepository extends CrudRepository<ApplicantMessageRow, String> {

    /** Hand-written for its {@code on conflict do nothing}: the event's id decides, so a redelivery adds nothing. */
    @Query("""
            insert into applicant_message (event_id, organization_id, email, language, organization_name, reason, next_attempt_at, created_at)
            values (:eventId, :organizationId, :email, :language, :organizationName, :reason, :at, :at) on conflict do nothing""")
    long add(String eventId, UUID organizationId, String email, String language, String organizationName, String reason, Instant at);

    /** Hand-written for {@code skip locked}: several instances never send the same message. */
    @Query("""
            select * from applicant_message where status = 'PENDING' and next_attempt_at <= now()
            order by next_attempt_at, event_id limit :limit for update skip locked""")
    List<ApplicantMessageRow> due(int limit);
}
