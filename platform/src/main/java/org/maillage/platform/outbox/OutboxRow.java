package org.maillage.platform.outbox;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** One unpublished outbox row, and its CloudEvents 1.0 form in Kafka binary mode. */
@Introspected
record OutboxRow(long seq, UUID id, String topic, String aggregateId, String type, String source,
                 Instant occurredAt, String payload, @Nullable String traceparent) {

    ProducerRecord<String, byte[]> toRecord(String physicalTopic) {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(id.toString())
                .withSource(URI.create(source))
                .withType(type)
                .withSubject(aggregateId)
                .withTime(occurredAt.atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(payload.getBytes(StandardCharsets.UTF_8))
                .build();
        ProducerRecord<String, byte[]> record = KafkaMessageFactory
                .createWriter(physicalTopic, null, occurredAt.toEpochMilli(), aggregateId)
                .writeBinary(event);
        if (traceparent != null) {
            record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }
}
