package org.maillage.platform.inbox;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.List;

/**
 * Applies each event exactly once: the event id is recorded in the same transaction as the effect,
 * so a redelivered event changes nothing. A listener calls this and returns; its offsets are committed
 * only after that. An event whose handling keeps failing goes to the dead-letter topic and the
 * consumer moves on; a database that cannot be reached is not the event's fault, so that error
 * is thrown back to the listener, which retries the same record. An event that is not to be trusted
 * (see {@link EventTrust}) is dead-lettered at once, never applied.
 */
@Singleton
public class Inbox {

    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);

    private final TransactionOperations<Connection> tx;
    private final InboxRepository applied;
    private final DeadLetters deadLetters;
    private final EventTrust trust;
    private final int maxAttempts;
    private final long backoffMs;

    public Inbox(TransactionOperations<Connection> tx, InboxRepository applied, DeadLetters deadLetters, EventTrust trust,
                 @Value("${maillage.inbox.max-attempts:3}") int maxAttempts,
                 @Value("${maillage.inbox.backoff-ms:200}") long backoffMs) {
        this.tx = tx;
        this.applied = applied;
        this.deadLetters = deadLetters;
        this.trust = trust;
        this.maxAttempts = maxAttempts;
        this.backoffMs = backoffMs;
    }

    /**
     * Applies a polled batch in one transaction, the fast path. If anything in it fails, the batch is
     * rolled back whole and each record goes through {@link #process} on its own, with retries and dead letters.
     */
    public void processAll(String consumer, List<ConsumerRecord<String, byte[]>> records, EventHandler handler) {
        try {
            tx.executeWrite(status -> {
                for (ConsumerRecord<String, byte[]> record : records) {
                    InboundEvent event = InboundEvent.from(record);
                    trust.check(event);
                    if (firstDelivery(consumer, event)) {
                        handler.handle(event);
                    }
                }
                return null;
            });
        } catch (RuntimeException e) {
            if (unreachableDatabase(e)) {
                throw e;
            }
            LOG.debug("{}: batch of {} failed, applying one by one: {}", consumer, records.size(), e.toString());
            for (ConsumerRecord<String, byte[]> record : records) {
                process(consumer, record, handler);
            }
        }
    }

    /** @param consumer a stable name for this read model; each consumer keeps its own record of applied events */
    public void process(String consumer, ConsumerRecord<String, byte[]> record, EventHandler handler) {
        InboundEvent event;
        try {
            event = InboundEvent.from(record);
            trust.check(event);
        } catch (RuntimeException notAnEventOrUntrusted) {
            deadLetters.send(consumer, record, notAnEventOrUntrusted, 1);
            return;
        }
        RuntimeException last = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                tx.executeWrite(status -> {
                    if (firstDelivery(consumer, event)) {
                        handler.handle(event);
                    }
                    return null;
                });
                return;
            } catch (RuntimeException e) {
                if (unreachableDatabase(e)) {
                    throw e;
                }
                last = e;
                LOG.warn("{}: event {} ({}) failed, attempt {} of {}: {}", consumer, event.id(), event.type(), attempt, maxAttempts, e.toString());
                pause(backoffMs * attempt);
            }
        }
        deadLetters.send(consumer, record, last, maxAttempts);
    }

    /**
     * For a replay that runs inside its own (long) transaction: records and applies one event there, skipping it
     * if it was already applied. Failures propagate, so the whole replay rolls back.
     */
    public void applyInCurrentTransaction(String consumer, ConsumerRecord<String, byte[]> record, EventHandler handler) throws Exception {
        InboundEvent event = InboundEvent.from(record);
        try {
            trust.check(event);
        } catch (UntrustedEventException e) {
            // it was dead-lettered when it first came; a replay leaves it out again
            LOG.warn("{}: replay skips {}/{}/{}: {}", consumer, record.topic(), record.partition(), record.offset(), e.getMessage());
            return;
        }
        if (firstDelivery(consumer, event)) {
            handler.handle(event);
        }
    }

    private boolean firstDelivery(String consumer, InboundEvent event) {
        return applied.record(consumer, event.id(), event.type(), event.topic()) == 1;
    }

    private static boolean unreachableDatabase(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
