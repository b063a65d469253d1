package org.maillage.platform.outbox;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Records an integration event in the caller's transaction. The relay publishes it after commit,
 * so an event is sent if and only if the change it announces was committed.
 */
@Singleton
public class Outbox {

    private static final String INSERT = """
            insert into outbox_event (id, topic, aggregate_id, type, source, occurred_at, payload, traceparent)
            values (?, ?, ?, ?, ?, ?, ?::jsonb, ?)""";

    private final TransactionOperations<Connection> tx;
    private final ObjectMapper json;
    private final String source;

    public Outbox(TransactionOperations<Connection> tx, ObjectMapper json,
                  @Value("/maillage/${micronaut.application.name:service}") String source) {
        this.tx = tx;
        this.json = json;
        this.source = source;
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
        try (PreparedStatement ps = tx.getConnection().prepareStatement(INSERT)) {
            ps.setObject(1, id);
            ps.setString(2, topic);
            ps.setString(3, aggregateId);
            ps.setString(4, type);
            ps.setString(5, source);
            ps.setTimestamp(6, Timestamp.from(Instant.now()));
            ps.setString(7, json.writeValueAsString(data));
            ps.setString(8, traceparent());
            ps.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("could not write to the outbox: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
