package org.maillage.notification.applicant;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.maillage.notification.delivery.OutgoingMessage;

import java.util.UUID;

/**
 * Hand-written for its {@code on conflict do nothing}: the event decides, so a redelivery adds nothing. The applicant has
 * no account: the address and language its application gave are kept on the message.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RefusalQueue extends GenericRepository<OutgoingMessage, Long> {

    @Query("""
            insert into outgoing_message (message_key, kind, event_id, email, language, organization_id, organization_name, reason)
            values ('applicant|' || :eventId, 'APPLICATION_REFUSED', :eventId, :email, :language, :organizationId, :organizationName, :reason)
            on conflict (message_key) do nothing""")
    long add(String eventId, UUID organizationId, String email, String language, String organizationName, String reason);
}
