package org.maillage.platform.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.UUID;

/** An outbox row: an integration event written in the transaction of the change it announces; {@code seq} orders them. */
@MappedEntity("outbox_event")
public record OutboxEventRow(@Id @GeneratedValue Long seq, UUID id, String topic, String aggregateId, String type, String source,
                             Instant occurredAt, @TypeDef(type = DataType.JSON) String payload, @Nullable String traceparent,
                             @Nullable Instant publishedAt) {
}
