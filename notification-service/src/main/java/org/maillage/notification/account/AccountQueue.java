package org.maillage.notification.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.maillage.notification.delivery.OutgoingMessage;

import java.time.Instant;
import java.util.UUID;

/** Hand-written for its {@code on conflict do nothing}: one message per directory event, so a redelivery adds nothing. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccountQueue extends GenericRepository<OutgoingMessage, Long> {

    @Query("""
            insert into outgoing_message (message_key, kind, event_id, account_id, sealed_token, expires_at, locked_until)
            values ('account|' || :eventId, :kind, :eventId, :accountId, :sealedToken, :expiresAt, :lockedUntil)
            on conflict (message_key) do nothing""")
    long add(String eventId, String kind, UUID accountId, @Nullable String sealedToken, @Nullable Instant expiresAt,
             @Nullable Instant lockedUntil);
}
