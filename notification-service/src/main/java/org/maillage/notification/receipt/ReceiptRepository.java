package org.maillage.notification.receipt;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReceiptRepository extends CrudRepository<ReceiptRow, ReceiptRow.Key> {

    /**
     * The message for the person who sent the response, whatever their preferences: a receipt is not a kind one turns off.
     * Hand-written for {@code on conflict do nothing}: keyed by the version, so a redelivered event adds nothing.
     */
    @Query("""
            insert into outgoing_message (message_key, kind, event_id, account_id, opportunity_id, organization_id, received_at)
            values ('receipt|' || :responseId || '|' || :receivedAtText, 'RESPONSE_RECEIPT', :eventId, :accountId, :opportunityId,
                    :enterpriseId, :receivedAt)
            on conflict (message_key) do nothing""")
    void queue(String eventId, UUID responseId, String receivedAtText, Instant receivedAt, UUID accountId, UUID opportunityId,
               UUID enterpriseId);

    /** The receipt a message tells: an enterprise has one response per opportunity, so its version's time names it. */
    @Query(value = """
            select * from response_receipt
            where opportunity_id = :opportunityId and enterprise_id = :enterpriseId and received_at = :receivedAt""", nativeQuery = true)
    Optional<ReceiptRow> find(UUID opportunityId, UUID enterpriseId, Instant receivedAt);
}
