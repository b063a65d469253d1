package org.maillage.platform.outbox;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.time.Clock;
import java.util.UUID;

/**
 * Records an integration event in the caller's transaction. The relay publishes it after commit,
 * so an event is sent if and only if the change it announces was committed.
 */
@Singleton
public class Outbox {

    private final TransactionOperations<Connection> tx;
    private final OutboxRepository events;
    private final ObjectMapper json;
    private final String source;
    private final Clock clock;

    public Outbox(TransactionOperations<Connection> tx, OutboxRepository events, ObjectMapper json,
                  @Value("/maillage/${micronaut.application.name:service}") String source, Clock clock) {
        this.tx = tx;
        this.events = events;
        this.json = json;
        this.source = source;
        this.clock = clock;
    }

    /**
     * @param topic       logical topic, one per aggregate type
     * @param aggregateId the Kafka key and CloudEvents subject, which keeps one aggregate's events in order
     * @param type        versioned wire type, e.g. {@code maillage.directory.organization.registered.v1}
     * @param data        a {@code @Serdeable} event record
     * @return the event id
     */
    /** The trace of the request that made the change (set by the gateway), carried on into Kafka headers. */
    private static String traceparent() {
        return ServerRequestContext.currentRequest().map(r -> r.getHeaders().get("traceparent")).orElse(null);
    }

    public UUID append(String topic, String aggregateId, String type, Object data) {
        if (tx.findTransactionStatus().isEmpty()) {
            throw new IllegalStateException("Outbox.append needs the transaction of the change it announces");
        }
        UUID id = UUID.randomUUID();
        try {
            events.append(id, topic, aggregateId, type, source, clock.instant(), json.writeValueAsString(data), traceparent());
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
