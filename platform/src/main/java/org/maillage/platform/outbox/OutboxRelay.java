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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
    private final PlatformProducer producer;
    private final KafkaSettings topics;
    private final OutboxWakeUp wakeUp;
    private final int batchSize;
    private volatile boolean running;
    private Thread thread;

    public OutboxRelay(TransactionOperations<Connection> tx, PlatformProducer producer,
                       KafkaSettings topics, OutboxWakeUp wakeUp,
                       @Value("${maillage.outbox.relay.batch-size:200}") int batchSize) {
        this.tx = tx;
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
            Connection c = status.getConnection();
            if (!tryLock(c)) {
                return 0;
            }
            List<OutboxRow> rows = fetch(c);
            if (rows.isEmpty()) {
                return 0;
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
            for (OutboxRow row : rows) {
                acks.add(producer.send(row.toRecord(topics.physical(row.topic()))));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get(15, TimeUnit.SECONDS);
            }
            markPublished(c, rows);
            return rows.size();
        });
    }

    private static boolean tryLock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            ps.setLong(1, LOCK_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private List<OutboxRow> fetch(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select seq, id, topic, aggregate_id, type, source, occurred_at, payload::text, traceparent
                from outbox_event where published_at is null order by seq limit ?""")) {
            ps.setInt(1, batchSize);
            List<OutboxRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new OutboxRow(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getString(9)));
                }
            }
            return rows;
        }
    }

    private static void markPublished(Connection c, List<OutboxRow> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update outbox_event set published_at = now() where seq = any(?)")) {
            ps.setArray(1, c.createArrayOf("bigint", rows.stream().map(OutboxRow::seq).toArray()));
            ps.executeUpdate();
        }
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
