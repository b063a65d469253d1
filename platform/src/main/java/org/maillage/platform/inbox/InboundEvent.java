package org.maillage.platform.inbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micronaut.serde.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;

/** A CloudEvent read from Kafka (binary mode), with where it came from. */
public record InboundEvent(String id, String type, String subject, String source, OffsetDateTime time,
                           String topic, int partition, long offset, byte[] data) {

    /** Reads the CloudEvents headers; throws on a record that is not a valid CloudEvent (a poison event). */
    public static InboundEvent from(ConsumerRecord<String, byte[]> record) {
        CloudEvent ce = KafkaMessageFactory.createReader(record).toEvent();
        if (ce.getData() == null) {
            throw new IllegalArgumentException("event " + ce.getId() + " has no data");
        }
        return new InboundEvent(ce.getId(), ce.getType(), ce.getSubject(), ce.getSource().toString(), ce.getTime(),
                record.topic(), record.partition(), record.offset(), ce.getData().toBytes());
    }

    public <T> T decode(ObjectMapper json, Class<T> type) {
        try {
            return json.readValue(data, type);
        } catch (IOException e) {
            throw new UncheckedIOException("event " + id + " of type " + this.type + " does not match its contract", e);
        }
    }
}
