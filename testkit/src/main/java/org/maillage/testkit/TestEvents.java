package org.maillage.testkit;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Publishes and reads CloudEvents on the real broker, as another service would. */
public final class TestEvents {

    private TestEvents() {
    }

    /** Sends one event in Kafka binary mode; answers its id. */
    public static String send(String bootstrap, String topic, String key, String type, String json) {
        return send(bootstrap, topic, key, UUID.randomUUID().toString(), type, json);
    }

    public static String send(String bootstrap, String topic, String key, String id, String type, String json) {
        CloudEvent event = CloudEventBuilder.v1().withId(id).withSource(ownerOf(topic))
                .withType(type).withSubject(key).withTime(OffsetDateTime.now())
                .withDataContentType("application/json").withData(json.getBytes(StandardCharsets.UTF_8)).build();
        ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(topic, null, null, key).writeBinary(event);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "acks", "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record).get();
            return id;
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /**
     * The source the topic's owner writes ({@code /maillage/<owner>-service} for {@code [prefix]<owner>.<aggregate>}):
     * consumers accept events from a topic's owner only.
     */
    public static URI ownerOf(String topic) {
        String[] parts = topic.split("\\.");
        return URI.create("/maillage/" + parts[parts.length - 2] + "-service");
    }

    /** One event to send with {@link #sendAll}; the same id sent twice is a duplicate delivery. */
    public record Outgoing(String topic, String key, String id, String type, String json) {
    }

    /** Sends many events in order through one producer (ordered per partition, as a real producer would). */
    public static void sendAll(String bootstrap, List<Outgoing> events) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "acks", "all",
                "max.in.flight.requests.per.connection", 1), new StringSerializer(), new ByteArraySerializer())) {
            for (Outgoing e : events) {
                CloudEvent event = CloudEventBuilder.v1().withId(e.id()).withSource(ownerOf(e.topic()))
                        .withType(e.type()).withSubject(e.key()).withTime(OffsetDateTime.now())
                        .withDataContentType("application/json").withData(e.json().getBytes(StandardCharsets.UTF_8)).build();
                producer.send(KafkaMessageFactory.createWriter(e.topic(), null, null, e.key()).writeBinary(event));
            }
            producer.flush();
        }
    }

    /**
     * Reads a topic from the start to its end as of this call, and on until at least {@code atLeast} records came (or
     * 30 s passed): on a shared broker, a test's own events can be the last of many.
     */
    public static List<ConsumerRecord<String, byte[]>> readAll(String bootstrap, String topic, int atLeast) {
        Map<String, Object> cfg = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(cfg, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            c.assign(partitions);
            c.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = c.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while ((out.size() < atLeast || partitions.stream().anyMatch(p -> c.position(p) < end.get(p))) && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(300)).forEach(out::add);
            }
            c.poll(Duration.ofMillis(100)).forEach(out::add);
        }
        out.sort((a, b) -> a.partition() != b.partition() ? Integer.compare(a.partition(), b.partition()) : Long.compare(a.offset(), b.offset()));
        return out;
    }

    public static String header(ConsumerRecord<String, byte[]> r, String name) {
        return r.headers().lastHeader(name) == null ? null : new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
