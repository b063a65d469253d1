package org.maillage.platform.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.platform.kafka.PlatformProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.maillage.platform.kafka.KafkaSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes committed outbox rows in order. One batch is one transaction that holds a PostgreSQL
 * advisory lock, so with two instances of a service only one relays at a time and the order of
 * each aggregate's events is kept. A batch is marked published only once Kafka acknowledged every
 * record; if anything fails the whole batch is retried (consumers drop the duplicates by event id).
 */
@Singleton
@Requires(property = "kafka.bootstrap.servers")
@Requires(property = "maillage.outbox.relay.enabled", notEquals = "false")
public class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long LOCK_KEY = 0x6d61696c6c616765L; // "maillage"

    private final TransactionOperations<Connection> tx;
    private final OutboxRepository outbox;
    private final PlatformProducer producer;
    private final KafkaSettings topics;
    private final OutboxWakeUp wakeUp;
    private final int batchSize;
    private volatile boolean running;
    private Thread thread;

    public OutboxRelay(TransactionOperations<Connection> tx, OutboxRepository outbox, PlatformProducer producer,
                       KafkaSettings topics, OutboxWakeUp wakeUp,
                       @Value("${maillage.outbox.relay.batch-size:200}") int batchSize) {
        this.tx = tx;
        this.outbox = outbox;
        this.producer = producer;
        this.topics = topics;
        this.wakeUp = wakeUp;
        this.batchSize = batchSize;
    }

    @EventListener
    synchronized void onStartup(StartupEvent event) {
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @EventListener
    synchronized void onShutdown(ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        long backoffMs = 0;
        while (running) {
            try {
                int published = relayBatch();
                backoffMs = 0;
                if (published < batchSize) {
                    wakeUp.await();
                }
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                backoffMs = backoffMs == 0 ? 100 : Math.min(backoffMs * 2, 5_000);
                LOG.warn("outbox relay failed, retrying in {} ms: {}", backoffMs, rootMessage(e));
                sleep(backoffMs);
            }
        }
    }

    /** Publishes one batch; answers how many rows it published (0 when another instance holds the lock). */
    int relayBatch() {
        return tx.executeWrite(status -> {
            if (!outbox.tryRelayLock(LOCK_KEY)) {
                return 0;
            }
            List<OutboxRow> rows = outbox.unpublished(batchSize);
            if (rows.isEmpty()) {
                return 0;
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
            for (OutboxRow row : rows) {
                acks.add(producer.send(row.toRecord(topics.physical(row.topic()))));
            }
            try {
                for (Future<RecordMetadata> ack : acks) {
                    ack.get(15, TimeUnit.SECONDS);
                }
            } catch (ExecutionException | TimeoutException e) {
                // unchecked, so the loop retries: a checked one would escape it and end the relay's thread for good
                throw new IllegalStateException("Kafka did not acknowledge the batch", e);
            }
            outbox.published(rows.stream().map(OutboxRow::seq).toArray(Long[]::new));
            return rows.size();
        });
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.toString();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
