package org.maillage.platform.inbox;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/** An event a consumer has applied, recorded in the transaction of its effect. */
@MappedEntity("inbox_event")
public record InboxEventRow(@EmbeddedId Key id, String type, String topic, Instant receivedAt) {

    @Embeddable
    public record Key(@MappedProperty("consumer") String consumer, @MappedProperty("event_id") String eventId) {
    }
}
