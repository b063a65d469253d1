package org.maillage.notification.invitation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import org.maillage.notification.delivery.MessageQueue;
import org.maillage.notification.account.Address;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface InvitationMessageRepository extends CrudRepository<InvitationMessage, Long>, MessageQueue {

    /**
     * One message for each buyer and sales person of the invited organization (coordinators only watch). Hand-written for
     * its {@code on conflict do nothing}: the (event, account) key makes a redelivered event add nothing.
     */
    @Query("""
            insert into invitation_message (event_id, account_id, organization_id, pilot_name, organization_name, next_attempt_at, created_at)
            select :eventId, r.account_id, r.organization_id, :pilotName, :organizationName, :at, :at
            from recipient r where r.organization_id = :organizationId and r.role in ('BUYER', 'SUPPLIER')
            on conflict (event_id, account_id) do nothing""")
    long addForPeopleOf(String eventId, UUID organizationId, String pilotName, String organizationName, Instant at);

    /** Hand-written for {@code skip locked}: several instances never send the same message. */
    @Query(value = """
            select * from invitation_message where status = 'PENDING' and next_attempt_at <= now()
            order by next_attempt_at, id limit :limit for update skip locked""", nativeQuery = true)
    List<InvitationMessage> claimDue(int limit);

    /** The person's address and language (their own choice first); empty once the account is closed. */
    @Query(value = """
            select r.email, coalesce(p.language, r.language) as language from recipient r
            left join preference p on p.account_id = r.account_id where r.account_id = :accountId""", nativeQuery = true)
    Optional<Address> findAddress(UUID accountId);

    @Query("update invitation_message set status = 'SENT', sent_at = now(), attempts = attempts + 1, error = null where id = :id")
    @Override
    void markSent(long id);

    @Query("update invitation_message set status = :status, error = :error, attempts = attempts + 1 where id = :id")
    @Override
    void close(long id, String status, String error);

    @Query("update invitation_message set attempts = attempts + 1, next_attempt_at = :next, error = :error where id = :id")
    @Override
    void retryAt(long id, Instant next, String error);
}
