package org.maillage.platform.outbox;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Lets the relay sleep until a transaction that wrote to the outbox commits: PostgreSQL's
 * LISTEN/NOTIFY on a connection of its own (outside the pool, which it would otherwise pin).
 * Any instance's commit wakes every instance. When the connection is lost, it falls back to
 * polling every {@code maillage.outbox.relay.poll-ms} until it can listen again.
 */
@Singleton
public class OutboxWakeUp {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxWakeUp.class);

    private final String url;
    private final String user;
    private final String password;
    private final int pollMs;
    private Connection listening;

    public OutboxWakeUp(@Value("${datasources.default.url}") String url,
                        @Value("${datasources.default.username}") String user,
                        @Value("${datasources.default.password:}") String password,
                        @Value("${maillage.outbox.relay.poll-ms:1000}") int pollMs) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.pollMs = pollMs;
    }

    /** Returns when a notification arrives or the poll interval has passed. */
    void await() {
        try {
            PGConnection pg = connection();
            pg.getNotifications(pollMs);
        } catch (SQLException e) {
            LOG.debug("outbox LISTEN connection lost, polling: {}", e.toString());
            close();
            try {
                Thread.sleep(pollMs);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private synchronized PGConnection connection() throws SQLException {
        if (listening == null || listening.isClosed()) {
            listening = DriverManager.getConnection(url, user, password);
            try (Statement st = listening.createStatement()) {
                st.execute("listen maillage_outbox");
            }
        }
        return listening.unwrap(PGConnection.class);
    }

    @PreDestroy
    synchronized void close() {
        if (listening != null) {
            try {
                listening.close();
            } catch (SQLException ignored) {
                // closing a broken connection: nothing left to release
            }
            listening = null;
        }
    }
}
