package org.maillage.platform.testapp;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.platform.outbox.Outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;

/** A tiny producing service for testing the backbone: a change and its event in one transaction. */
@Singleton
public class Widgets {

    public static final String TOPIC = "test.widgets";
    public static final String CREATED = "maillage.test.widget.created.v1";
    public static final String RENAMED = "maillage.test.widget.renamed.v1";

    @Serdeable
    public record WidgetChanged(UUID widgetId, String name, int revision) {
    }

    private final TransactionOperations<Connection> tx;
    private final Outbox outbox;

    public Widgets(TransactionOperations<Connection> tx, Outbox outbox) {
        this.tx = tx;
        this.outbox = outbox;
    }

    public UUID create(String name) {
        UUID id = UUID.randomUUID();
        tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement("insert into widget values (?, ?, 0)")) {
                ps.setObject(1, id);
                ps.setString(2, name);
                ps.executeUpdate();
            }
            outbox.append(TOPIC, id.toString(), CREATED, new WidgetChanged(id, name, 0));
            return null;
        });
        return id;
    }

    public void rename(UUID id, String name, int revision) {
        tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement("update widget set name = ?, revision = ? where id = ?")) {
                ps.setString(1, name);
                ps.setInt(2, revision);
                ps.setObject(3, id);
                ps.executeUpdate();
            }
            outbox.append(TOPIC, id.toString(), RENAMED, new WidgetChanged(id, name, revision));
            return null;
        });
    }
}
