package org.maillage.notification.invitation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.maillage.notification.delivery.OutgoingMessage;

import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface InvitationQueue extends GenericRepository<OutgoingMessage, Long> {

    /**
     * One message for each buyer and sales person of the invited organization (coordinators only watch), whatever their
     * preferences: not a kind one turns off. Hand-written for its set-based insert and {@code on conflict do nothing}:
     * keyed by (event, account), so a redelivered event adds nothing.
     */
    @Query("""
            insert into outgoing_message (message_key, kind, event_id, account_id, organization_id, pilot_name, organization_name)
            select 'invitation|' || :eventId || '|' || r.account_id, 'PILOT_INVITATION', :eventId, r.account_id, r.organization_id,
                   :pilotName, :organizationName
            from recipient r where r.organization_id = :organizationId and r.role in ('BUYER', 'SUPPLIER')
            on conflict (message_key) do nothing""")
    long addForPeopleOf(String eventId, UUID organizationId, String pilotName, String organizationName);
}
