package org.maillage.platform.inbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface InboxRepository extends CrudRepository<InboxEventRow, InboxEventRow.Key> {

    /** Hand-written for {@code on conflict do nothing}: 1 on an event's first delivery to this consumer, 0 on a redelivery. */
    @Query("insert into inbox_event (consumer, event_id, type, topic) values (:consumer, :eventId, :type, :topic) on conflict do nothing")
    long record(String consumer, String eventId, String type, String topic);
}
