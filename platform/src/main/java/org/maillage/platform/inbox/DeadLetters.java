package org.maillage.platform.inbox;

import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.maillage.platform.kafka.PlatformProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.maillage.platform.kafka.DeadLetterTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends an event that could not be handled to {@code <topic>.dlt}, unchanged, with the error in its headers, and
 * counts it where an operator sees it (DeadLetterWatch). The send is synchronous: if it fails the listener retries
 * the record rather than lose it.
 */
@Singleton
public class DeadLetters {

    public static final String ERROR_CLASS = "maillage_dlt_error_class";
    public static final String ERROR_MESSAGE = "maillage_dlt_error_message";
    public static final String CONSUMER = "maillage_dlt_consumer";
    public static final String ORIGIN = "maillage_dlt_origin";
    public static final String ATTEMPTS = "maillage_dlt_attempts";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private final PlatformProducer producer;
    private final DeadLetterWatch watch;

    public DeadLetters(PlatformProducer producer, DeadLetterWatch watch) {
        this.producer = producer;
        this.watch = watch;
    }

    void send(String consumer, ConsumerRecord<String, byte[]> record, Throwable error, int attempts) {
        String dlt = DeadLetterTopics.of(record.topic());
        ProducerRecord<String, byte[]> out = new ProducerRecord<>(dlt, null, record.key(), record.value(),
                new RecordHeaders(record.headers().toArray()));
        Headers h = out.headers();
        Throwable root = rootCause(error);
        put(h, ERROR_CLASS, root.getClass().getName());
        put(h, ERROR_MESSAGE, String.valueOf(root.getMessage()));
        put(h, CONSUMER, consumer);
        put(h, ORIGIN, record.topic() + "/" + record.partition() + "/" + record.offset());
        put(h, ATTEMPTS, String.valueOf(attempts));
        try {
            producer.send(out).get(15, TimeUnit.SECONDS);
            watch.counted(record.topic(), consumer);
            LOG.error("{}: record {}/{}/{} sent to {} after {} attempt(s): {}", consumer, record.topic(),
                    record.partition(), record.offset(), dlt, attempts, root.toString());
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not dead-letter " + record.topic() + "/" + record.offset(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void put(Headers h, String key, String value) {
        h.remove(key);
        h.add(key, value.getBytes(StandardCharsets.UTF_8));
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
